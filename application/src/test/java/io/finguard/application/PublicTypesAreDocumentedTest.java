package io.finguard.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.source.util.DocTrees;
import com.sun.source.util.JavacTask;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaCompiler;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;

/**
 * The published library (domain and application) documents every public type, nested ones included. The Javadoc
 * build leaves doclint's "missing" group off (see the parent pom), so this is where a type without a comment fails.
 */
class PublicTypesAreDocumentedTest {
    private static final List<Path> LIBRARY_SOURCES = List.of(Path.of("../domain/src/main/java"), Path.of("src/main/java"));

    @Test
    void everyPublicTypeOfDomainAndApplicationHasAJavadocComment() throws IOException {
        List<String> undocumented = new ArrayList<>();
        int checked = 0;
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        try (StandardJavaFileManager files = javac.getStandardFileManager(null, null, StandardCharsets.UTF_8)) {
            JavacTask task = (JavacTask) javac.getTask(null, files, null,
                    List.of("-proc:none", "-classpath", System.getProperty("java.class.path")), null,
                    files.getJavaFileObjectsFromPaths(sources()));
            DocTrees docs = DocTrees.instance(task);
            for (Element element : task.analyze()) {
                checked += collectUndocumented(element, docs, undocumented);
            }
        }
        assertThat(checked).as("public types found").isGreaterThan(100);
        assertThat(undocumented).as("public types without a Javadoc comment").isEmpty();
    }

    /** Counts the public types at and under {@code element}, noting those without a doc comment. */
    private static int collectUndocumented(Element element, DocTrees docs, List<String> undocumented) {
        if (!(element instanceof TypeElement type) || !type.getModifiers().contains(Modifier.PUBLIC)) {
            return 0;
        }
        if (docs.getDocCommentTree(type) == null) {
            undocumented.add(type.getQualifiedName().toString());
        }
        int checked = 1;
        for (Element member : type.getEnclosedElements()) {
            checked += collectUndocumented(member, docs, undocumented);
        }
        return checked;
    }

    private static List<Path> sources() throws IOException {
        List<Path> sources = new ArrayList<>();
        for (Path root : LIBRARY_SOURCES) {
            try (Stream<Path> walk = Files.walk(root)) {
                walk.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
            }
        }
        return sources;
    }
}
