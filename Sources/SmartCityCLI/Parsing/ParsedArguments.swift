import ProgrammeCore

/// The options and arguments of one command line, checked against its `CommandSpec`.
struct ParsedArguments {
  let spec: CommandSpec
  /// Every value of each option, in the order given.
  private(set) var values: [String: [String]] = [:]
  private(set) var flags: Set<String> = []
  private(set) var positionals: [String] = []

  /// Parses the words after the command name.
  init(_ words: [String], spec: CommandSpec) throws(UsageError) {
    self.spec = spec
    var index = 0
    var optionsEnded = false
    while index < words.count {
      let word = words[index]
      index += 1
      if optionsEnded || !word.hasPrefix("-") || word == "-" {
        positionals.append(word)
        continue
      }
      if word == "--" {
        optionsEnded = true
        continue
      }
      var name: String
      var inlineValue: String?
      if word.hasPrefix("--") {
        name = String(word.dropFirst(2))
        if let equals = name.firstIndex(of: "=") {
          inlineValue = String(name[name.index(after: equals)...])
          name = String(name[..<equals])
        }
      } else if word.count == 2, let short = word.last, let option = spec.allOptions.first(where: { $0.short == short }) {
        name = option.name
      } else {
        throw .unknownOption(word.quotedInMessage, suggestion: nil)
      }
      guard let option = spec.option(named: name) else {
        throw .unknownOption("--" + name.quotedInMessage, suggestion: Self.suggestion(for: name, in: spec))
      }
      if option.isFlag {
        if let inlineValue {
          throw .invalidValue(inlineValue.quotedInMessage, option: option.synopsis, reason: Phrase(.takesNoValue))
        }
        // A flag given twice loses nothing: only values can be dropped.
        flags.insert(option.name)
        continue
      }
      var value: String
      if let inlineValue {
        value = inlineValue
      } else if index < words.count, !Self.looksLikeOption(words[index], in: spec) {
        value = words[index]
        index += 1
      } else {
        throw .missingValue(option.synopsis)
      }
      var parts = option.acceptsList ? value.split(separator: ",").map { String($0).trimmingWhitespace } : [value]
      // A closed set's values are codes: `Governance` and `VIRTUAL` mean `governance` and
      // `virtual`, so the value is taken as the set spells it.
      if let allowed = option.values {
        parts = parts.map { part in allowed.first { $0.lowercased() == part.lowercased() } ?? part }
        if parts.allSatisfy(allowed.contains) { value = parts.joined(separator: ",") }
      }
      if let allowed = option.values, !parts.allSatisfy(allowed.contains) {
        throw .invalidValue(
          value.quotedInMessage, option: option.synopsis, reason: Phrase(.useOneOf, ["values": .texts(allowed)]))
      }
      guard option.isRepeatable || values[option.name] == nil else { throw .repeatedOption(option.synopsis) }
      values[option.name, default: []].append(value)
    }
    if flags.contains("help") { return }
    for option in spec.options where option.isRequired && values[option.name] == nil {
      throw .missingArgument(option.synopsis)
    }
    let required = spec.arguments.filter(\.isRequired)
    if positionals.count < required.count {
      throw .missingArgument("<\(required[positionals.count].name)>")
    }
    if positionals.count > spec.arguments.count && spec.arguments.last?.isVariadic != true {
      throw .unexpectedArgument(positionals[spec.arguments.count].quotedInMessage)
    }
    // An argument with a closed set is checked here, as an option's value is, so that no
    // command reads a value it does not know as if it had not been given.
    for (argument, value) in zip(spec.arguments, positionals) {
      if let allowed = argument.values, !allowed.contains(value), !argument.alsoAccepted.contains(value) {
        throw .invalidValue(
          value.quotedInMessage, option: "<\(argument.name)>", reason: Phrase(.useOneOf, ["values": .texts(allowed)]))
      }
    }
  }

  /// A word that would be read as an option rather than as the previous option's value.
  /// Negative numbers and lone dashes are values.
  static func looksLikeOption(_ word: String, in spec: CommandSpec) -> Bool {
    if word.hasPrefix("--") { return true }
    if word.count == 2, word.hasPrefix("-"), let short = word.last {
      return spec.allOptions.contains { $0.short == short }
    }
    return false
  }

  /// The closest option name, if it is close enough to be a typo (edit distance under 4).
  static func suggestion(for name: String, in spec: CommandSpec) -> String? {
    let scored = spec.allOptions.map { (editDistance(name, $0.name), $0.name) }
    guard let best = scored.min(by: { $0.0 < $1.0 }), best.0 < 4, best.0 < max(name.count, 2) else { return nil }
    return "--" + best.1
  }

  // Options are read by their declarations (`arguments.text(Self.venue)`), never by a name
  // typed again: a misspelt option does not compile, and one the command does not declare
  // stops the first test that runs it.

  /// The option's value (the last, for a repeatable option: use `allValues`).
  func value(_ option: OptionSpec) -> String? { values[declared(option)]?.last }

  /// Every value of a repeatable option, in the order given.
  func allValues(_ option: OptionSpec) -> [String] { values[declared(option)] ?? [] }

  /// Keeps one value of an option, to check it as a single value.
  mutating func keepOnly(_ option: OptionSpec, _ value: String) { values[declared(option)] = [value] }

  func flag(_ option: OptionSpec) -> Bool { flags.contains(declared(option)) }

  /// The option's name, once it is known to be one the command declares.
  private func declared(_ option: OptionSpec) -> String {
    assert(spec.option(named: option.name) != nil || spec.name.isEmpty, "\(spec.name) does not declare --\(option.name)")
    return option.name
  }

  func positional(_ index: Int) -> String? {
    index < positionals.count ? positionals[index] : nil
  }
}

// MARK: - Messages

extension Message {
  static let takesNoValue = Message(
    english: "this option takes no value",
    indonesian: "opsi ini tidak menerima nilai")
}
