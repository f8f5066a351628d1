package fr.semsem.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.elasticsearch.plugin.NamedComponent;
import org.elasticsearch.plugin.analysis.TokenFilterFactory;
import org.junit.jupiter.api.Test;

/** The chain recommended in engine/README.md, run with plain Lucene. */
class FrenchFiltersTest {

    private static List<String> analyze(String text) throws IOException {
        StandardTokenizer tokenizer = new StandardTokenizer();
        tokenizer.setReader(new StringReader(text));
        TokenStream ts = new FrenchElisionTokenFilterFactory().create(tokenizer);
        ts = new LowerCaseFilter(ts);
        ts = new StopFilter(ts, FrenchAnalyzer.getDefaultStopSet());
        ts = new FrenchLightStemTokenFilterFactory().create(ts);
        ts = new AsciiFoldingTokenFilterFactory().create(ts);
        List<String> out = new ArrayList<>();
        CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
        ts.reset();
        while (ts.incrementToken()) {
            out.add(term.toString());
        }
        ts.end();
        ts.close();
        return out;
    }

    @Test
    void sentence() throws IOException {
        // FrenchLightStemmer also drops the final vowel and collapses double consonants.
        assertEquals(List.of("etudiant", "develop", "aplic"),
            analyze("L'Étudiante développe des applications"));
    }

    @Test
    void variantsShareOneToken() throws IOException {
        String expected = "ingenieu";
        for (String variant : List.of("ingénieurs", "ingenieur", "Ingénieur", "l'ingénieur", "L’INGÉNIEUR")) {
            assertEquals(List.of(expected), analyze(variant), variant);
        }
    }

    @Test
    void elisionIsCaseInsensitive() throws IOException {
        assertEquals(List.of("ecol"), analyze("D'École"));
        assertEquals(List.of("alic"), analyze("LORSQU'Alice"));
        assertEquals(List.of("universit"), analyze("l’université"));
    }

    /** named_components.json (hand-written, Gradle would generate it) must list exactly the annotated classes. */
    @Test
    void namedComponentsJsonMatchesAnnotations() throws IOException, URISyntaxException {
        Path metadata = Path.of(System.getProperty("plugin.metadata.dir", "target/plugin-metadata"));
        String json = Files.readString(metadata.resolve("named_components.json"), StandardCharsets.UTF_8);
        assertTrue(json.contains("\"" + TokenFilterFactory.class.getName() + "\""), json);
        Map<String, String> declared = new TreeMap<>();
        Matcher m = Pattern.compile("\"(semsem_[a-z_]+)\"\\s*:\\s*\"([\\w.]+)\"").matcher(json);
        while (m.find()) {
            declared.put(m.group(1), m.group(2));
        }

        Path classes = Path.of(FrenchElisionTokenFilterFactory.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Map<String, String> annotated = new TreeMap<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".class"))::iterator) {
                String name = classes.relativize(p).toString().replace('/', '.').replaceAll("\\.class$", "");
                try {
                    Class<?> c = Class.forName(name);
                    NamedComponent nc = c.getAnnotation(NamedComponent.class);
                    if (nc != null) {
                        assertTrue(TokenFilterFactory.class.isAssignableFrom(c), name);
                        annotated.put(nc.value(), name);
                    }
                } catch (ClassNotFoundException e) {
                    throw new AssertionError(e);
                }
            }
        }
        assertEquals(annotated, declared);
        assertEquals(3, declared.size());
    }

    @Test
    void descriptorIsComplete() throws IOException {
        Path metadata = Path.of(System.getProperty("plugin.metadata.dir", "target/plugin-metadata"));
        Properties p = new Properties();
        try (var in = Files.newInputStream(metadata.resolve("stable-plugin-descriptor.properties"))) {
            p.load(in);
        }
        for (String key : List.of("name", "description", "version", "elasticsearch.version", "java.version")) {
            String v = p.getProperty(key);
            assertTrue(v != null && !v.isBlank() && !v.contains("${"), key + "=" + v);
        }
        assertTrue(!p.containsKey("classname"), "stable plugins must not declare classname");
    }
}
