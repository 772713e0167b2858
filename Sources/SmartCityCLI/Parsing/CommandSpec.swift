import ProgrammeCore

/// The declaration of a command: its name, what it does, its arguments and options. Help,
/// usage lines, parsing and shell completions are all derived from it.
struct CommandSpec: Sendable {
  var name: String
  /// One sentence ending with a period.
  var abstract: Message
  /// Further paragraphs of help, if any.
  var discussion: Phrase?
  var arguments: [ArgumentSpec] = []
  var options: [OptionSpec] = []

  init(
    name: String, abstract: Message, discussion: Phrase?, arguments: [ArgumentSpec] = [], options: [OptionSpec] = []
  ) {
    self.name = name
    self.abstract = abstract
    self.discussion = discussion
    self.arguments = arguments
    self.options = options
  }

  init(
    name: String, abstract: Message, discussion: Message? = nil, arguments: [ArgumentSpec] = [],
    options: [OptionSpec] = []
  ) {
    self.init(
      name: name, abstract: abstract, discussion: discussion.map { Phrase($0) }, arguments: arguments, options: options)
  }

  /// The options every command accepts besides its own.
  static let commonOptions: [OptionSpec] = [.data, .lang, .noColor]

  /// The command's options followed by the common ones and help.
  var allOptions: [OptionSpec] {
    options + Self.commonOptions + [.help]
  }

  func option(named name: String) -> OptionSpec? {
    allOptions.first { $0.name == name }
  }
}

/// A positional argument.
struct ArgumentSpec: Sendable {
  var name: String
  var help: Message
  var isRequired = true
  /// The accepted values, when the set is closed; shown as `(values: …)` in help and offered
  /// by completion.
  var values: [String]? = nil
  /// Values accepted besides `values` but never offered (what earlier versions' scripts send).
  var alsoAccepted: [String] = []
  /// Whether it takes every word that follows (only the last argument can).
  var isVariadic = false
}

/// An option, with a value (`--cohort <cohort>`) or without (`--dry-run`).
struct OptionSpec: Sendable {
  var name: String
  var short: Character?
  /// The value's placeholder; `nil` for a flag.
  var valueName: String?
  var help: Phrase
  var isRequired: Bool
  /// The accepted values, when the set is closed; shown as `(values: …)` in help.
  var values: [String]?
  /// Shown as `(default: …)`.
  var defaultValue: Phrase.Value?
  /// Whether the option may be given several times, each value kept (`--source A --source B`).
  /// An option that is not repeatable and is given twice is refused: a value is never dropped.
  var isRepeatable: Bool
  /// Whether a value may list several of `values`, separated by commas (`--clear venue,note`).
  var acceptsList: Bool

  init(
    _ name: String, short: Character? = nil, value: String? = nil, help: Message, required: Bool = false,
    values: [String]? = nil, defaultValue: Phrase.Value? = nil, repeatable: Bool = false, list: Bool = false
  ) {
    self.init(
      name, short: short, value: value, help: Phrase(help), required: required, values: values, defaultValue: defaultValue,
      repeatable: repeatable, list: list)
  }

  init(
    _ name: String, short: Character? = nil, value: String? = nil, help: Phrase, required: Bool = false,
    values: [String]? = nil, defaultValue: Phrase.Value? = nil, repeatable: Bool = false, list: Bool = false
  ) {
    self.acceptsList = list
    self.name = name
    self.short = short
    self.valueName = value
    self.help = help
    self.isRequired = required
    self.values = values
    self.defaultValue = defaultValue
    self.isRepeatable = repeatable
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
  static let regency = OptionSpec("regency", value: "regency", help: .optionRegency, required: true)
  static let source = OptionSpec("source", value: "source", help: .optionSource, repeatable: true)
  static let evidence = OptionSpec("evidence", value: "text", help: .optionEvidence)
  static let confidence = OptionSpec(
    "confidence", value: "level", help: .optionConfidence, values: Confidence.allCases.map(\.rawValue))
  static let number = OptionSpec("number", value: "number", help: .optionMoUNumber)
  static let note = OptionSpec("note", value: "text", help: .optionNote)
  static let dryRun = OptionSpec("dry-run", help: .optionDryRun)
  // What every command takes.
  static let data = OptionSpec("data", value: "dir", help: .optionData)
  static let lang = OptionSpec(
    "lang", value: "lang", help: .optionLang, values: Language.allCases.map(\.rawValue),
    defaultValue: .phrase(Phrase(.defaultLanguage)))
  static let noColor = OptionSpec("no-color", help: .optionNoColor)
  static let help = OptionSpec("help", short: "h", help: .optionHelp)
  /// A field of any record and its value, as `add` and `edit` take them.
  static let setField = OptionSpec("set", value: "field=value", help: .optionSetField, repeatable: true)
  /// Fields of any record to empty, as `edit` takes them.
  static let clearField = OptionSpec("clear", value: "fields", help: .optionClearField, repeatable: true, list: true)
  // The details of a signing, as add-mou and edit-mou take them.
  static let signatory = OptionSpec("signatory", value: "name", help: .optionSignatory)
  static let office = OptionSpec("office", value: "office", help: .optionOffice)
  static let onBehalfOf = OptionSpec("on-behalf-of", value: "office", help: .optionOnBehalfOf)
  static let venue = OptionSpec("venue", value: "venue", help: .optionVenue)
  static let letter = OptionSpec("letter", value: "number", help: .optionLetter)
  static let scope = OptionSpec(
    "scope", value: "points", help: Phrase(.optionScope, ["values": .texts(ScopePoint.allCases.map(\.rawValue))]))
}

// MARK: - Messages

extension Message {
  static let optionEvidence = Message(
    english: "What the --source page states, in a sentence, for readers to judge the claim; goes with one --source.",
    indonesian:
      "Apa yang dinyatakan halaman --source, dalam satu kalimat, agar pembaca dapat menilai klaimnya; menyertai satu --source.")
  static let optionConfidence = Message(
    english: "How strongly the sources support it: high (an official site, or two independent reports) or medium (one report).",
    indonesian: "Seberapa kuat sumber mendukungnya: high (situs resmi, atau dua laporan independen) atau medium (satu laporan).")
  static let optionMoUNumber = Message(
    english: "The MoU's own number, as printed.",
    indonesian: "Nomor nota kesepakatan, seperti tercetak.")
  static let optionData = Message(
    english: "The store's folder. (default: $SMARTCITY_DATA, else ./Data)",
    indonesian: "Folder registri. (bawaan: $SMARTCITY_DATA, atau ./Data)")
  static let optionLang = Message(
    english: "The language of messages, help and tables.",
    indonesian: "Bahasa pesan, bantuan dan tabel.")
  static let defaultLanguage = Message(
    english: "$SMARTCITY_LANG, else the locale, else en",
    indonesian: "$SMARTCITY_LANG, atau locale sistem, atau en")
  static let optionNoColor = Message(
    english: "Never colour the output.",
    indonesian: "Jangan pernah memberi warna pada keluaran.")
  static let optionSource = Message(
    english: "Where the fact comes from: the page's web address (https://… or example.org/page).",
    indonesian: "Asal fakta ini: alamat web halamannya (https://… atau example.org/halaman).")
  static let optionNote = Message(
    english: "A note on the record.",
    indonesian: "Catatan untuk entri ini.")
  static let optionDryRun = Message(
    english: "Show what would be stored, and store nothing.",
    indonesian: "Tampilkan apa yang akan disimpan, tanpa menyimpan apa pun.")
  static let optionSignatory = Message(
    english: "Name of the region's signatory.",
    indonesian: "Nama penanda tangan dari daerah.")
  static let optionOffice = Message(
    english: "Office of the signatory: Bupati, Wali Kota, Sekda.",
    indonesian: "Jabatan penanda tangan: Bupati, Wali Kota, Sekda.")
  static let optionOnBehalfOf = Message(
    english: "The office a deputy signed for, e.g. Bupati.",
    indonesian: "Jabatan yang diwakili penanda tangan, misalnya Bupati.")
  static let optionVenue = Message(
    english: "Where the region signed from.",
    indonesian: "Tempat daerah menandatangani.")
  static let optionLetter = Message(
    english: "Number of the selection letter that named the region.",
    indonesian: "Nomor surat penetapan yang menyebut daerah ini.")
  static let optionScope = Message(
    english: "Scope points, separated by commas: {values}.",
    indonesian: "Butir ruang lingkup, dipisahkan koma: {values}.")
  static let optionSetField = Message(
    english: "A field and its value, FIELD=VALUE (e.g. date=2024-06-12); repeat for more fields.",
    indonesian: "Isian dan nilainya, ISIAN=NILAI (misalnya date=2024-06-12); ulangi untuk isian lain.")
  static let optionClearField = Message(
    english: "A field to empty (several separated by commas, or repeat).",
    indonesian: "Isian yang dikosongkan (beberapa dipisahkan koma, atau ulangi).")
}
