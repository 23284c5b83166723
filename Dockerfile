# Multi-stage build: compile with the Maven wrapper on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q install -DskipTests

FROM eclipse-temurin:21-jre
RUN groupadd --system finguard && useradd --system --gid finguard --home-dir /app --shell /usr/sbin/nologin finguard
WORKDIR /app
COPY --from=build /src/bootstrap/target/finguard.jar /app/finguard.jar
# The class-data archive (CDS, JDK 21) is made by the first container's `serve` as it exits and used by every later
# start of that container (as ./finguard does with the JDK's AOT cache): a writable directory of its own, never in git.
RUN mkdir /app/cds && chown finguard:finguard /app/cds
USER finguard
# 8080: the API; 9000: health, metrics and the admin API (publish it to operators only).
EXPOSE 8080 9000
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/cds/finguard.jsa", "-XX:+AutoCreateSharedArchive", "-XX:+UseSerialGC", "-Xms24m", "-Xmx512m", "-XX:NewSize=12m", "-XX:MaxNewSize=128m", "-XX:SurvivorRatio=3", "-XX:MaxMetaspaceSize=128m", "-Xss512k", "-XX:ReservedCodeCacheSize=48m", "-XX:TrimNativeHeapInterval=5000", "-Dorg.jooq.no-logo=true", "-Dorg.jooq.no-tips=true", "-jar", "/app/finguard.jar"]
CMD ["serve"]
