package io.finguard.bootstrap.logging;

import java.io.Console;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.Map;

/**
 * Chooses the log format once, at the start of a command: {@code FINGUARD_LOG_FORMAT} when it names one, else the
 * command's own default. Colours only for text on a terminal, and never when {@code NO_COLOR} is set.
 */
public final class LogOutput {
    private LogOutput() {
    }

    /** Applies the choice to every log line from now on; an invalid value falls back here and is reported by config. */
    public static LogFormat select(Map<String, String> env, String formatKey, LogFormat fallback) {
        LogFormat format = LogFormat.parse(env.getOrDefault(formatKey, "")).orElse(fallback);
        boolean colours = format == LogFormat.TEXT && !env.containsKey("NO_COLOR") && onTerminal();
        SwitchableEncoder.use(format, colours);
        return format;
    }

    /** JDK 22+ returns a console even when output is redirected and says so through isTerminal(); 21 returns null. */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (boolean) MethodHandles.publicLookup()
                    .findVirtual(Console.class, "isTerminal", MethodType.methodType(boolean.class)).invoke(console);
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return true;
        } catch (Throwable e) {
            return false;
        }
    }
}
