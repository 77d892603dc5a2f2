import { type CliCommand, CliError } from './command.js';

/** `pnpm antenne <command> …`: every command is loaded only when it is asked for. */
const commands: Record<string, () => Promise<{ command: CliCommand }>> = {
  analyse: () => import('./analyseCommand.js'),
  audit: () => import('./auditCommand.js'),
  export: () => import('./exportCommand.js'),
  import: () => import('./importCommand.js'),
  privacy: () => import('./privacyCommand.js'),
  retention: () => import('./retentionCommand.js'),
  seed: () => import('./seedCommand.js'),
};

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    const lines = await Promise.all(
      Object.entries(commands).map(
        async ([key, load]) => `  ${key.padEnd(10)} ${(await load()).command.summary}`,
      ),
    );
    console.log(`Usage: pnpm antenne <command> [options]\n\nCommands:\n${lines.join('\n')}`);
    return name ? 0 : 2;
  }
  const load = commands[name];
  if (!load) {
    console.error(`Unknown command '${name}'. Run 'pnpm antenne --help' for the list.`);
    return 2;
  }
  const { command } = await load();
  if (args.includes('--help') || args.includes('-h')) {
    console.log(command.usage);
    return 0;
  }
  return command.run(args);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof CliError) {
      console.error(`antenne: ${error.message}`);
      process.exitCode = error.exitCode;
    } else {
      console.error(error);
      process.exitCode = 1;
    }
  },
);
