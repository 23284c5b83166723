# Sourced by ./finguard and benchmarks/run after pick-jdk.sh: the JVM flags that start FinGuard from an ahead-of-time
# cache of its classes, or record one. JDK 25+: the AOT cache (JEP 483/514/515: classes loaded and linked, method
# profiles); JDK 21-24: a dynamic CDS archive. The cache lives next to the jar (bootstrap/target/, never committed)
# and is made on the first `serve` or `dev` after a build, when that process exits; a stale one is never used.
aot_flags() { # jar cache command: prints the flags, one per line
  local jar=$1 cache=$2 command=${3:-}
  if [ "$(java_major "$JAVA_HOME/bin/java")" -ge 25 ]; then
    if [ -f "$cache" ] && [ "$cache" -nt "$jar" ]; then
      echo "-XX:AOTCache=$cache"
    elif [ "$command" = serve ] || [ "$command" = dev ]; then
      rm -f "$cache"
      echo "-XX:AOTCacheOutput=$cache"
    fi
  elif [ "$command" = serve ] || [ "$command" = dev ]; then
    # Used when valid; re-made at exit when missing or made for another jar.
    echo "-XX:SharedArchiveFile=$cache"
    echo "-XX:+AutoCreateSharedArchive"
  fi
}
