package fr.semsem.analysis;

import java.util.List;

import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.util.ElisionFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Removes French elided articles and pronouns: {@code l'étudiante -> étudiante},
 * {@code qu'il -> il}. Case-insensitive ({@code L'Étudiante -> Étudiante}); both the ASCII
 * apostrophe and the typographic one (U+2019) are handled by Lucene's {@link ElisionFilter}.
 */
@NamedComponent("semsem_fr_elision")
public class FrenchElisionTokenFilterFactory implements TokenFilterFactory {

    /** Same list as Elasticsearch's built-in {@code french} analyzer. */
    static final List<String> ARTICLES = List.of(
        "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu", "lorsqu", "puisqu");

    private static final CharArraySet ARTICLE_SET =
        CharArraySet.unmodifiableSet(new CharArraySet(ARTICLES, true));

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new ElisionFilter(tokenStream, ARTICLE_SET);
    }

    /** Also applied to query terms of wildcard/prefix/fuzzy queries and in custom normalizers. */
    @Override
    public TokenStream normalize(TokenStream tokenStream) {
        return create(tokenStream);
    }
}
