# Multi-stage build: compile with the Maven wrapper on a JDK, run on a JRE as a non-root user.
FROM eclipse-temurin:21-jdk AS build
WORKDIR /src
COPY . .
RUN ./mvnw -B -q install -DskipTests

FROM eclipse-temurin:21-jre
RUN groupadd --system finguard && useradd --system --gid finguard --home-dir /app --shell /usr/sbin/nologin finguard
WORKDIR /app
COPY --from=build /src/bootstrap/target/finguard.jar /app/finguard.jar
USER finguard
# 8080: the API; 9000: health, metrics and the admin API (publish it to operators only).
EXPOSE 8080 9000
ENTRYPOINT ["java", "-XX:+UseSerialGC", "-Xms160m", "-Xmx512m", "-Xmn128m", "-Dorg.jooq.no-logo=true", "-jar", "/app/finguard.jar"]
CMD ["serve"]
