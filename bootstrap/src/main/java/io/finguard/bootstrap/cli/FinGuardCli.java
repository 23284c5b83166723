package io.finguard.bootstrap.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;

/** Builds the {@code finguard} command line: dev, serve, migrate, secrets, dpop-proof, clients, help, with --help and --version everywhere. */
public final class FinGuardCli {
    private static final Logger LOG = LoggerFactory.getLogger(FinGuardCli.class);

    private FinGuardCli() {
    }

    public static CommandLine create(CommandContext context, PrintWriter out, PrintWriter err) {
        return create(context, System.in, out, err);
    }

    /** As above, {@code stdin} being what {@code clients add --secret-from-stdin} reads. */
    public static CommandLine create(CommandContext context, InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine clients = new CommandLine(new ClientsCommand())
                .addSubcommand("add", new ClientsCommand.Add(context, stdin))
                .addSubcommand("list", new ClientsCommand.ListClients(context))
                .addSubcommand("remove", new ClientsCommand.Remove(context));
        CommandLine commandLine = new CommandLine(new FinGuardCommand())
                .addSubcommand("dev", new DevCommand(context))
                .addSubcommand("serve", new ServeCommand(context))
                .addSubcommand("migrate", new MigrateCommand(context))
                .addSubcommand("secrets", new SecretsCommand())
                .addSubcommand("dpop-proof", new DpopProofCommand())
                .addSubcommand("clients", clients)
                .addSubcommand("help", new CommandLine.HelpCommand());
        commandLine.getSubcommands().get("serve").getCommandSpec().usageMessage().footer(ServeCommand.settingsFooter());
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setExecutionExceptionHandler((exception, failed, parseResult) -> {
            // One line for the person at the terminal; the stack trace goes to the log.
            LOG.error("finguard {} failed", failed.getCommandName(), exception);
            failed.getErr().println("finguard " + failed.getCommandName() + ": " + exception.getMessage());
            failed.getErr().flush();
            return ExitCodes.FAILURE;
        });
        return commandLine;
    }
}
