// Checks the borders between modules (a module: a folder directly under src/ or indexer/; the files directly in
// src/ and in indexer/ are the wiring of each). src/label-workflow counts as one module: its
// internships and steps folders need each other (an internship's lifecycle makes its steps, a step belongs to an
// internship), so the direction inside it is held by rules of .dependency-cruiser.cjs instead. Runs dependency-cruiser with .dependency-cruiser.cjs, prints its
// rule violations and every cycle between modules, and fails on either.
// `node scripts/module-borders.mjs --mermaid` prints the module graph instead (docs/architecture.md), without the
// arrows into the modules every other one uses (EVERYONE_USES).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const depcruise = fileURLToPath(new URL('../node_modules/.bin/depcruise', import.meta.url));

/**
 * Cycles known when this check was introduced, each tolerated only as exactly these modules (one more module in the
 * loop, or a new loop, fails). Remove an entry once its loop is broken; none is left.
 * @type {string[][]}
 */
const KNOWN_CYCLES = [];

/** The module a file belongs to (its first folder under src/ or indexer/), or null for files outside both. */
export function moduleOf(file) {
  const match = /^(src|indexer)\/(?:([^/]+)\/)?/.exec(file);
  if (!match) return null;
  return match[2] ? `${match[1]}/${match[2]}` : match[1];
}

function cruise() {
  try {
    const out = execFileSync(depcruise, ['-c', '.dependency-cruiser.cjs', '-T', 'json', 'src', 'indexer'], {
      maxBuffer: 256 * 1024 * 1024,
      encoding: 'utf8',
    });
    return JSON.parse(out);
  } catch (error) {
    // dependency-cruiser exits with the number of errors it found; its JSON is still on stdout.
    if (error.stdout) return JSON.parse(error.stdout);
    throw error;
  }
}

/** Edges between modules, each with one file-level import that makes it (for the message). */
function moduleEdges(result) {
  const edges = new Map();
  for (const file of result.modules) {
    const from = moduleOf(file.source);
    if (!from) continue;
    for (const dependency of file.dependencies) {
      const to = moduleOf(dependency.resolved);
      if (!to || to === from) continue;
      if (!edges.has(from)) edges.set(from, new Map());
      if (!edges.get(from).has(to)) edges.get(from).set(to, `${file.source} -> ${dependency.resolved}`);
    }
  }
  return edges;
}

/** Strongly connected components with more than one module (Tarjan). */
function cycles(edges) {
  const nodes = new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])]);
  const index = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const found = [];
  let counter = 0;
  const visit = (node) => {
    index.set(node, counter);
    low.set(node, counter);
    counter++;
    stack.push(node);
    onStack.add(node);
    for (const next of edges.get(node)?.keys() ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node), low.get(next)));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node), index.get(next)));
      }
    }
    if (low.get(node) === index.get(node)) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        onStack.delete(member);
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  };
  for (const node of [...nodes].sort()) if (!index.has(node)) visit(node);
  return found;
}

/** Modules nearly every other one imports; the graph leaves out the arrows into them to stay readable. */
const EVERYONE_USES = ['src/common', 'src/config', 'src/database', 'src/queue'];

function mermaid(edges) {
  const id = (module) => module.replace(/[^a-zA-Z0-9]/g, '_');
  const nodes = [...new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])])];
  const lines = ['flowchart LR'];
  for (const node of nodes.sort()) lines.push(`  ${id(node)}["${node}"]`);
  for (const [from, targets] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
    for (const to of [...targets.keys()].sort()) {
      if (!EVERYONE_USES.includes(to)) lines.push(`  ${id(from)} --> ${id(to)}`);
    }
  }
  return lines.join('\n');
}

const result = cruise();
const edges = moduleEdges(result);
if (process.argv.includes('--mermaid')) {
  console.log(mermaid(edges));
} else {
  let failed = false;
  for (const violation of result.summary.violations) {
    if (violation.rule.severity !== 'error') continue;
    failed = true;
    console.error(`${violation.rule.name}: ${violation.from} -> ${violation.to}`);
  }
  const found = cycles(edges);
  for (const known of KNOWN_CYCLES) {
    if (!found.some((component) => component.join() === known.join())) {
      console.log(`known cycle no longer found, remove it from KNOWN_CYCLES: ${known.join(', ')}`);
    }
  }
  for (const component of found) {
    if (KNOWN_CYCLES.some((known) => known.join() === component.join())) {
      console.log(`known cycle between modules (to break): ${component.join(', ')}`);
      continue;
    }
    failed = true;
    console.error(`cycle between modules: ${component.join(', ')}`);
    for (const from of component) {
      for (const [to, example] of edges.get(from) ?? []) if (component.includes(to)) console.error(`  ${example}`);
    }
  }
  const count = new Set([...edges.keys(), ...[...edges.values()].flatMap((targets) => [...targets.keys()])]).size;
  console.log(`module borders: ${result.summary.totalCruised} files, ${count} modules, ${failed ? 'FAILED' : 'ok'}`);
  process.exitCode = failed ? 1 : 0;
}
