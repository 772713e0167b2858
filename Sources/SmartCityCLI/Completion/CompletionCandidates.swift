import ProgrammeCore

/// What completes the word under the cursor, worked out once for every shell: the bash, zsh
/// and fish scripts pass the words typed so far to `smartcity completions SHELL -- WORDS…` and
/// offer what it prints, so the three shells complete alike, after root options,
/// in `--option=value` form, and with the store's own cohorts, regions, provinces and ids.
struct CompletionCandidates {
  /// What the shell should offer.
  enum Answer: Equatable {
    /// These values, each with a description for shells that show one.
    case values([Candidate])
    /// The shell's own completion of file names, or of folders only.
    case files
    case directories
  }

  struct Candidate: Equatable {
    var value: String
    var description: String?
  }

  var commands: [CommandSpec]
  var language: Language
  /// The store named on the line (`--data`), or the default one: read only when a value needs it.
  var registry: (_ data: String?) -> Registry?

  /// The candidates for the last of `words` (the words after the program's name, the last
  /// being the one under the cursor, perhaps empty), as a shell sees them.
  func answer(_ words: [String]) -> Answer {
    let current = words.last ?? ""
    var line = Line()
    for word in words.dropLast() { line.read(word, commands: commands) }
    if let option = line.pending { return values(for: option, line: line, current: current, prefix: "") }
    if !line.optionsEnded, current.hasPrefix("--"), let equals = current.firstIndex(of: "=") {
      let name = String(current[current.index(current.startIndex, offsetBy: 2)..<equals])
      let prefix = String(current[...equals])
      guard let option = line.options.first(where: { $0.name == name }), !option.isFlag else { return .values([]) }
      return values(for: option, line: line, current: String(current[current.index(after: equals)...]), prefix: prefix)
    }
    if !line.optionsEnded, current.hasPrefix("-") {
      var options = line.options.filter { $0.isRepeatable || !line.given.contains($0.name) }
      if line.command == nil {
        options += [OptionSpec("version", help: .optionVersion), OptionSpec("help", short: "h", help: .optionHelp)]
      }
      return .values(filtered(options.map { Candidate(value: "--" + $0.name, description: $0.help.text(in: language)) }, current))
    }
    guard let command = line.command else {
      let names = commands.map { Candidate(value: $0.name, description: $0.abstract.text(in: language)) }
      return .values(filtered(names + [Candidate(value: "help", description: Message.optionHelp.text(in: language))], current))
    }
    if line.isHelp {
      return line.positionals.isEmpty ? .values(filtered(commands.map { Candidate(value: $0.name) }, current)) : .values([])
    }
    guard line.positionals.count < command.arguments.count else { return .values([]) }
    return argumentValues(command.arguments[line.positionals.count], command: command, line: line, current: current)
  }

  /// The words before the cursor as the parser reads them: the command, the options given, the
  /// option waiting for its value, the arguments.
  struct Line {
    var command: CommandSpec?
    var isHelp = false
    var given: Set<String> = []
    var pending: OptionSpec?
    var positionals: [String] = []
    var optionsEnded = false
    var data: String?

    /// The options that may come next: the command's, or before it the root ones.
    var options: [OptionSpec] { command?.allOptions ?? CommandSpec.commonOptions }

    mutating func read(_ word: String, commands: [CommandSpec]) {
      if let option = pending {
        if option.name == "data" { data = word }
        pending = nil
        return
      }
      if !optionsEnded && word == "--" && command != nil {
        optionsEnded = true
        return
      }
      if !optionsEnded && word.hasPrefix("-") && word != "-" {
        var name = word.hasPrefix("--") ? String(word.dropFirst(2)) : ""
        var inline: String?
        if let equals = name.firstIndex(of: "=") {
          inline = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
        let short = word.count == 2 && !word.hasPrefix("--") ? word.last : nil
        guard let option = options.first(where: { $0.name == name || (short != nil && $0.short == short) }) else { return }
        given.insert(option.name)
        guard !option.isFlag else { return }
        if let inline {
          if option.name == "data" { data = inline }
        } else {
          pending = option
        }
        return
      }
      if command == nil && !isHelp {
        if word == "help" {
          isHelp = true
          command = CommandSpec(name: "help", abstract: .optionHelp)
        } else {
          command = commands.first { $0.name == word }
        }
      } else {
        positionals.append(word)
      }
    }
  }

  /// The values of an option, as `prefix` + value (`--cohort=` when typed in one word).
  func values(for option: OptionSpec, line: Line, current: String, prefix: String) -> Answer {
    var candidates: [Candidate]
    if let closed = option.values {
      candidates = closed.map { Candidate(value: $0) }
    } else {
      switch option.name {
      case "data": return prefix.isEmpty ? .directories : .values([])
      case "output": return prefix.isEmpty ? .files : .values([])
      case "cohort": candidates = cohorts(line)
      case "regency": candidates = regions(line)
      case "province": candidates = provinces(line)
      case "letter":
        candidates = (registry(line.data)?.letters ?? []).map { Candidate(value: $0.number, description: $0.subject) }
      case "set", "clear": candidates = fields(line, assigning: option.name == "set")
      default: candidates = []
      }
    }
    return .values(filtered(candidates, current).map { Candidate(value: prefix + $0.value, description: $0.description) })
  }

  /// The values of a command's argument.
  func argumentValues(_ argument: ArgumentSpec, command: CommandSpec, line: Line, current: String) -> Answer {
    if let closed = argument.values { return .values(filtered(closed.map { Candidate(value: $0) }, current)) }
    let candidates: [Candidate]
    switch (command.name, argument.name) {
    case (_, "shell"): candidates = ["bash", "zsh", "fish"].map { Candidate(value: $0) }
    case ("edit-mou", "id"), ("remove-mou", "id"): candidates = mouIDs(line)
    case (_, "id"): candidates = recordIDs(line)
    case (_, "regency"): candidates = regions(line)
    case (_, "region-or-id"): candidates = regions(line) + recordIDs(line)
    case (_, "dir"), (_, "old"), (_, "new"): return .directories
    default: return .files
    }
    return .values(filtered(candidates, current))
  }

  func cohorts(_ line: Line) -> [Candidate] {
    (registry(line.data)?.cohorts ?? []).map { Candidate(value: $0.id, description: $0.title) }
  }

  /// Each region by its official name, by its short name where no other region has it
  /// ("Manggarai Timur", as the README teaches `show`; "Jayapura" names two), and by its code,
  /// each described by the official name or the code.
  func regions(_ line: Line) -> [Candidate] {
    let regencies = registry(line.data)?.regencies ?? []
    let shortNames = Dictionary(grouping: regencies, by: { $0.name.lowercased() })
    return regencies.map { Candidate(value: $0.officialName, description: $0.code) }
      + regencies.filter { shortNames[$0.name.lowercased()]?.count == 1 }.map {
        Candidate(value: $0.name, description: $0.officialName)
      }
      + regencies.map { Candidate(value: $0.code, description: $0.officialName) }
  }

  func provinces(_ line: Line) -> [Candidate] {
    let provinces = registry(line.data)?.provinces ?? []
    return provinces.map { Candidate(value: $0.name, description: $0.code) }
      + provinces.map { Candidate(value: $0.code, description: $0.name) }
  }

  func mouIDs(_ line: Line) -> [Candidate] {
    guard let registry = registry(line.data) else { return [] }
    return registry.mous.map { Candidate(value: $0.id, description: registry.regency(code: $0.regency)?.officialName) }
  }

  /// Every record's id, each described by what it is.
  func recordIDs(_ line: Line) -> [Candidate] {
    guard let registry = registry(line.data) else { return [] }
    return Registry.importable.flatMap { collection in
      let noun = collection.recordNoun.text(in: language)
      return registry.ids(of: collection).map { Candidate(value: $0, description: noun) }
    }
  }

  /// The fields of the record being added (its collection) or edited (its id's collection),
  /// as `field=` for `--set`.
  func fields(_ line: Line, assigning: Bool) -> [Candidate] {
    guard let first = line.positionals.first else { return [] }
    let collection: Collection?
    switch line.command?.name {
    case "add": collection = Collection(rawValue: first)
    case "edit": collection = registry(line.data)?.collection(holding: first)
    default: collection = nil
    }
    guard let collection else { return [] }
    let codec = RecordCSV(collection)
    return codec.columns.filter { assigning || !codec.isRequired($0) }.map { Candidate(value: assigning ? $0 + "=" : $0) }
  }

  /// The candidates that begin with what is typed (case aside), without repeats.
  func filtered(_ candidates: [Candidate], _ current: String) -> [Candidate] {
    let typed = current.lowercased()
    var seen: Set<String> = []
    return candidates.filter { $0.value.lowercased().hasPrefix(typed) && seen.insert($0.value).inserted }
  }

  /// The answer as the scripts read it: a candidate per line, its description after a tab;
  /// `:files` or `:directories` alone for the shell's own completion of paths.
  static func lines(_ answer: Answer) -> String {
    switch answer {
    case .files: return ":files\n"
    case .directories: return ":directories\n"
    case .values(let candidates):
      return candidates.map { candidate in
        let value = oneLine(candidate.value)
        guard let description = candidate.description.map(oneLine), !description.isEmpty else { return value + "\n" }
        return value + "\t" + description + "\n"
      }.joined()
    }
  }

  /// Text on one line with no tabs: what a line-based protocol can carry.
  static func oneLine(_ text: String) -> String {
    String(text.map { $0.isNewline || $0 == "\t" ? " " : $0 })
  }
}
