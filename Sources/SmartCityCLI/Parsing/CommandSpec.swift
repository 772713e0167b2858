import ProgrammeCore

/// The declaration of a command: its name, what it does, its arguments and options. Help,
/// usage lines, parsing and shell completions are all derived from it.
struct CommandSpec: Sendable {
  var name: String
  /// One sentence ending with a period.
  var abstract: String
  /// Further paragraphs of help, if any.
  var discussion: String?
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []

  /// The options every command accepts besides its own.
  static let commonOptions: [OptionSpec] = [
    OptionSpec("data", value: "dir", help: "The store's folder. (default: $SMARTCITY_DATA, else ./Data)"),
    OptionSpec("no-color", help: "Never colour the output."),
  ]

  /// The command's options followed by the common ones and help.
  var allOptions: [OptionSpec] {
    options + Self.commonOptions + [OptionSpec("help", short: "h", help: "Show help information.")]
  }

  func option(named name: String) -> OptionSpec? {
    allOptions.first { $0.name == name }
  }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: String
  var isRequired = true
}

/// An option, with a value (`--cohort <cohort>`) or without (`--dry-run`).
struct OptionSpec: Sendable {
  var name: String
  var short: Character?
  /// The value's placeholder; `nil` for a flag.
  var valueName: String?
  var help: String
  var isRequired: Bool
  /// The accepted values, when the set is closed; shown as `(values: …)` in help.
  var values: [String]?
  /// Shown as `(default: …)`.
  var defaultValue: String?

  init(
    _ name: String, short: Character? = nil, value: String? = nil, help: String, required: Bool = false,
    values: [String]? = nil, defaultValue: String? = nil
  ) {
    self.name = name
    self.short = short
    self.valueName = value
    self.help = help
    self.isRequired = required
    self.values = values
    self.defaultValue = defaultValue
  }

  var isFlag: Bool { valueName == nil }

  /// `--cohort <cohort>` or `--dry-run`, as usage lines and messages show it.
  var synopsis: String {
    valueName.map { "--\(name) <\($0)>" } ?? "--\(name)"
  }

  /// `-h, --help` or `--cohort <cohort>`, as the help's option list shows it.
  var label: String {
    (short.map { "-\($0), " } ?? "") + synopsis
  }
}

/// Options that several commands share, declared once.
extension OptionSpec {
  static let regency = OptionSpec(
    "regency", value: "regency", help: "Kemendagri code (53.19) or name of the regency or city.", required: true)
  static let source = OptionSpec("source", value: "source", help: "Where the fact comes from: an address or a title.")
  static let note = OptionSpec("note", value: "text", help: "A note on the record.")
  static let dryRun = OptionSpec("dry-run", help: "Show what would be stored, and store nothing.")
  // The details of a signing, as add-mou and edit-mou take them.
  static let signatory = OptionSpec("signatory", value: "name", help: "Name of the region's signatory.")
  static let office = OptionSpec("office", value: "office", help: "Office of the signatory: Bupati, Wali Kota, Sekda.")
  static let onBehalfOf = OptionSpec("on-behalf-of", value: "office", help: "The office a deputy signed for, e.g. Bupati.")
  static let venue = OptionSpec("venue", value: "venue", help: "Where the region signed from.")
  static let letter = OptionSpec("letter", value: "number", help: "Number of the selection letter that named the region.")
  static let scope = OptionSpec(
    "scope", value: "points",
    help: "Scope points, separated by commas: " + ScopePoint.allCases.map(\.rawValue).joined(separator: ", ") + ".")
}
