package fr.semsem.analysis;

import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;

/**
 * Lucene's light French stemmer (Savoy): plural and feminine endings, some suffixes.
 * Expects lowercased input; run it before ASCII folding because its rules know accents.
 */
@NamedComponent("semsem_fr_light_stem")
public class FrenchLightStemTokenFilterFactory implements TokenFilterFactory {

    @Override
    public TokenStream create(TokenStream tokenStream) {
        return new FrenchLightStemFilter(tokenStream);
    }
}
