import ProgrammeCore

extension SmartCity {
  /// `smartcity completions`: shell completion scripts, and the candidates those scripts ask for
  /// while a person types.
  enum Completions: Command {
    static let commandName = "completions"
    static let spec = CommandSpec(
      name: commandName,
      abstract: .completionsAbstract,
      discussion: .completionsDiscussion,
      arguments: [
        // `cohorts` is what scripts written by earlier versions ask for.
        ArgumentSpec(name: "shell", help: .completionsShell, values: ["bash", "zsh", "fish"], alsoAccepted: ["cohorts"]),
        ArgumentSpec(name: "words", help: .completionsWords, isRequired: false, isVariadic: true),
      ])

    static func run(_ arguments: ParsedArguments, in context: Context) throws(CommandFailure) {
      guard let shell = arguments.positional(0) else { throw .usage(.missingArgument("<shell>")) }
      if shell == "cohorts" {
        // What scripts written by earlier versions ask for.
        let store = try context.store(arguments)
        let registry = try attempt { () throws(ProgrammeError) in try store.load() }
        for cohort in registry.cohorts { context.standardOutput.writeLine(cohort.id) }
        return
      }
      let commands = SmartCity.commands.map(\.spec)
      guard let script = CompletionScript.script(for: shell) else {
        throw .usage(.invalidValue(shell.quotedInMessage, option: "<shell>", reason: Phrase(.useShell)))
      }
      let words = Array(arguments.positionals.dropFirst())
      guard !words.isEmpty else {
        context.standardOutput.write(script)
        return
      }
      // bash and zsh pass the words as typed, quotes and all; fish passes the words before the
      // cursor unquoted, and the one under it as typed.
      let typed = shell == "fish" ? words.dropLast() + [ShellWords.unquoted(words.last ?? "")] : words.map(ShellWords.unquoted)
      // The store is read once, and only if a value needs it.
      final class Cache { var registry: Registry?? }
      let cache = Cache()
      let candidates = CompletionCandidates(commands: commands, language: context.language) { data in
        if let registry = cache.registry { return registry }
        var named = arguments
        if let data { named.keepOnly(.data, data) }
        let registry = (try? context.store(named)).flatMap { try? $0.load(detail: .summary) }
        cache.registry = .some(registry)
        return registry
      }
      context.standardOutput.write(CompletionCandidates.lines(candidates.answer(typed)))
    }
  }
}

// MARK: - Messages

extension Message {
  static let useShell = Message(
    english: "use bash, zsh or fish",
    indonesian: "pakai bash, zsh atau fish")
  static let completionsAbstract = Message(
    english: "Print a shell completion script for bash, zsh or fish.",
    indonesian: "Cetak skrip pelengkapan shell untuk bash, zsh atau fish.")
  static let completionsDiscussion = Message(
    english:
      "bash: smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity. zsh: smartcity completions zsh > ~/.zfunc/_smartcity, with fpath+=~/.zfunc before compinit in ~/.zshrc. fish: smartcity completions fish > ~/.config/fish/completions/smartcity.fish. The scripts complete commands, options (also as --option=value, and after --data or --lang), the values of options with a closed set, and from the store its cohorts, regions (by name or code), provinces, letters, record ids and fields: while you type they ask 'smartcity completions SHELL -- WORDS', which prints the candidates one per line.",
    indonesian:
      "bash: smartcity completions bash > ~/.local/share/bash-completion/completions/smartcity. zsh: smartcity completions zsh > ~/.zfunc/_smartcity, dengan fpath+=~/.zfunc sebelum compinit di ~/.zshrc. fish: smartcity completions fish > ~/.config/fish/completions/smartcity.fish. Skrip ini melengkapi perintah, opsi (juga dalam bentuk --opsi=nilai, dan setelah --data atau --lang), nilai opsi yang pilihannya tertutup, serta dari registri: angkatan, daerah (menurut nama atau kode), provinsi, surat, id entri dan isiannya: selama Anda mengetik, skrip bertanya kepada 'smartcity completions SHELL -- KATA', yang mencetak kandidat satu per baris."
  )
  static let completionsShell = Message(
    english: "The shell the script is for.",
    indonesian: "Shell yang dituju skrip ini.")
  static let completionsWords = Message(
    english: "After --, the words typed so far (the last one being completed): prints the candidates instead of the script.",
    indonesian: "Setelah --, kata-kata yang sudah diketik (yang terakhir sedang dilengkapi): mencetak kandidat, bukan skrip.")
}
