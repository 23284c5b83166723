# Sourced by ./finguard and .ci/run: exports JAVA_HOME of a JDK 21+ (JAVA_HOME if it is 21+,
# else /usr/lib/jvm/temurin-25-jdk-amd64, else the java on PATH if it is 21+), or fails with one clear line.
java_major() { "$1" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.specification.version = //p' | cut -d. -f1; }
pick_jdk() {
  if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ] && [ "$(java_major "$JAVA_HOME/bin/java")" -ge 21 ]; then
    :
  elif [ -x /usr/lib/jvm/temurin-25-jdk-amd64/bin/java ]; then
    export JAVA_HOME=/usr/lib/jvm/temurin-25-jdk-amd64
  elif command -v java >/dev/null && [ "$(java_major "$(command -v java)")" -ge 21 ]; then
    JAVA_HOME="$(dirname "$(dirname "$(readlink -f "$(command -v java)")")")"
    export JAVA_HOME
  else
    echo "FinGuard needs a JDK 21 or newer: set JAVA_HOME to one (none found at JAVA_HOME, /usr/lib/jvm/temurin-25-jdk-amd64 or on PATH)." >&2
    return 1
  fi
  export PATH="$JAVA_HOME/bin:$PATH"
}
