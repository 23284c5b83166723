import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.flywaydb.core.Flyway;
import org.jooq.codegen.GenerationTool;
import org.jooq.meta.jaxb.Configuration;
import org.jooq.meta.jaxb.Database;
import org.jooq.meta.jaxb.ForcedType;
import org.jooq.meta.jaxb.Generate;
import org.jooq.meta.jaxb.Generator;
import org.jooq.meta.jaxb.Target;

/**
 * Build step (run by exec-maven-plugin in generate-sources with Java's single-file source launcher):
 * starts an embedded PostgreSQL 18, applies the Flyway migrations, generates the jOOQ classes from the
 * live schema and stops the server. Needs nothing but a JDK and the Maven test classpath.
 *
 * <p>Arguments: migrations directory, output directory, target package. Generation is skipped when the
 * migrations, this file and the jOOQ version are unchanged since the last run (a digest is kept next to the output).
 */
public final class GenerateJooq {

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            throw new IllegalArgumentException("usage: GenerateJooq <migrations dir> <output dir> <package>");
        }
        Path migrations = Path.of(args[0]).toAbsolutePath();
        Path output = Path.of(args[1]).toAbsolutePath();
        String packageName = args[2];
        Path stamp = output.resolve(".schema-digest");

        String digest = digestOf(migrations, Path.of("src/build/java/GenerateJooq.java"));
        if (Files.isRegularFile(stamp) && Files.readString(stamp).equals(digest)
                && Files.isDirectory(output.resolve(packageName.replace('.', '/')))) {
            System.out.println("[GenerateJooq] jOOQ classes are up to date with " + migrations);
            return;
        }

        long started = System.nanoTime();
        try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
            Flyway.configure()
                    .dataSource(postgres.getPostgresDatabase())
                    .locations("filesystem:" + migrations)
                    .load()
                    .migrate();
            try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
                GenerationTool tool = new GenerationTool();
                tool.setConnection(connection);
                tool.run(configuration(output, packageName));
            }
        }
        Files.writeString(stamp, digest);
        System.out.printf("[GenerateJooq] generated %s into %s in %d ms%n", packageName, output,
                (System.nanoTime() - started) / 1_000_000);
    }

    private static Configuration configuration(Path output, String packageName) {
        return new Configuration().withGenerator(new Generator()
                .withDatabase(new Database()
                        .withName("org.jooq.meta.postgres.PostgresDatabase")
                        .withInputSchema("public")
                        // Unqualified names: the schema comes from the connection (search_path), so tests
                        // can run in a schema of their own and production may choose its schema.
                        .withOutputSchemaToDefault(true)
                        .withIncludes(".*")
                        .withExcludes("flyway_schema_history")
                        .withForcedTypes(new ForcedType()
                                .withName("INSTANT")
                                .withIncludeTypes("(?i:timestamp\\ with\\ time\\ zone|timestamptz)")))
                .withGenerate(new Generate()
                        .withRoutines(false)
                        .withPojos(false)
                        .withDaos(false)
                        .withRecords(true)
                        .withJavaTimeTypes(true))
                .withTarget(new Target()
                        .withPackageName(packageName)
                        .withDirectory(output.toString())
                        .withClean(true)));
    }

    private static String digestOf(Path migrations, Path generator) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        // A new jOOQ version may generate different code from the same schema.
        sha.update(org.jooq.Constants.FULL_VERSION.getBytes(StandardCharsets.UTF_8));
        List<Path> inputs;
        try (Stream<Path> files = Files.list(migrations)) {
            inputs = files.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path input : Stream.concat(inputs.stream(), Stream.of(generator)).toList()) {
            sha.update(input.getFileName().toString().getBytes(StandardCharsets.UTF_8));
            sha.update(readOrEmpty(input));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static byte[] readOrEmpty(Path file) throws IOException {
        return Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0];
    }
}
