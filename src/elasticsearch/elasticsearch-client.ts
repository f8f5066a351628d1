import { Client } from '@elastic/elasticsearch';
import { AppConfig } from '../config/app-config';

/**
 * The Elasticsearch client of a process. With several nodes (a cluster) requests are spread over them and a request
 * whose node fails to answer (refused connection, reset, 502/503/504) is retried on another one, so losing a node
 * costs no request. Sniffing stays off: the nodes given are the ones to use (behind Docker or a proxy, the
 * addresses the cluster would advertise may not be reachable from here).
 */
export function createElasticsearchClient(config: AppConfig): Client {
  const { nodes } = config.elasticsearch;
  return new Client({
    nodes,
    requestTimeout: 30_000,
    // at least one retry per other node, so one dead node (or two) cannot fail a request
    maxRetries: Math.max(2, nodes.length),
    sniffOnStart: false,
    sniffInterval: false,
    sniffOnConnectionFault: false,
  });
}
