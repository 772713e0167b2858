import ProgrammeCore

/// Reading typed values from options, refusing bad ones as usage errors.
extension ParsedArguments {
  /// The longest free text accepted in one option; a longer value is surely a mistake.
  static let maximumTextLength = 1000

  /// A free-text option: trimmed, not empty, no control characters, not absurdly long.
  func text(_ option: OptionSpec) throws(CommandFailure) -> String? {
    guard let raw = value(option) else { return nil }
    let synopsis = option.synopsis
    let text = raw.trimmingWhitespace
    func refuse(_ reason: Phrase) -> CommandFailure {
      .usage(.invalidValue(raw.quotedInMessage, option: synopsis, reason: reason))
    }
    guard !text.isEmpty else { throw refuse(Phrase(.mustNotBeEmpty)) }
    guard !text.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) else {
      throw refuse(Phrase(.controlCharacters))
    }
    guard text.count <= Self.maximumTextLength else {
      throw refuse(Phrase(.tooLong, ["count": .number(text.count), "maximum": .number(Self.maximumTextLength)]))
    }
    return text
  }

  /// Every value of a repeatable free-text option, each checked as `text` checks one.
  func texts(_ option: OptionSpec) throws(CommandFailure) -> [String] {
    var result: [String] = []
    for raw in allValues(option) {
      var single = self
      single.keepOnly(option, raw)
      if let text = try single.text(option) { result.append(text) }
    }
    return result
  }

  /// The `--source` options as a record's sources, in the order given, the one source with the
  /// `--evidence` given with it (with several, evidence would credit each page with the same
  /// words: refused; see `EvidencePlacement`): none when no source is given (the record is then stored as
  /// unsourced). An address without a scheme (`example.org/page`) gets `https://`; anything
  /// that is not an address is refused (prose goes in `--note`), and so is an address given
  /// twice.
  func sources() throws(CommandFailure) -> [Source] {
    let evidence = try text(.evidence)
    // Several addresses typed in one value are several sources (the core's rule).
    var texts: [(typed: String, source: Source)] = []
    for text in try self.texts(.source) {
      do throws(ProgrammeError) {
        texts += try Source.typed(text).map { (text, $0) }
      } catch {
        guard case .invalidInput(_, let reason) = error else { throw .programme(error) }
        throw .usage(.invalidValue(text.quotedInMessage, option: "--source <source>", reason: reason))
      }
    }
    if evidence != nil && texts.isEmpty {
      throw .usage(
        .invalidValue(value(.evidence)?.quotedInMessage ?? "", option: "--evidence <text>", reason: Phrase(.evidenceNeedsSource))
      )
    }
    if let evidence, EvidencePlacement.of(sourceCount: texts.count, recordKeepsEvidence: false) == nil {
      throw .usage(
        .invalidValue(evidence.quotedInMessage, option: "--evidence <text>", reason: Phrase(.evidenceOfSeveralSources)))
    }
    var seen: Set<String> = []
    return try texts.map { (text: String, typed: Source) throws(CommandFailure) -> Source in
      var source = typed
      guard let url = source.url else {
        throw .usage(.invalidValue(text.quotedInMessage, option: "--source <source>", reason: Phrase(.sourceNotAnAddress)))
      }
      guard seen.insert(url.lowercased()).inserted else {
        throw .usage(.invalidValue(text.quotedInMessage, option: "--source <source>", reason: Phrase(.sourceGivenTwice)))
      }
      source.evidence = evidence
      return source
    }
  }

  /// The `--set`, `--clear`, `--source` and `--evidence` options of `add` and `edit`: each
  /// `--set` is `FIELD=VALUE` with a value; fields are judged by the record's kind, in the core.
  func fieldChanges() throws(CommandFailure) -> FieldChanges {
    var changes = FieldChanges()
    for raw in allValues(.setField) {
      guard let assignment = FieldChanges.Assignment(raw) else {
        throw .usage(.invalidValue(raw.quotedInMessage, option: "--set <field=value>", reason: Phrase(.expectedFieldValue)))
      }
      var single = self
      single.keepOnly(.setField, assignment.value)
      do {
        _ = try single.text(.setField)
      } catch {
        // The value alone was refused (empty, control characters): say so of the whole option.
        if case .usage(.invalidValue(_, _, let reason)) = error {
          throw .usage(.invalidValue(raw.quotedInMessage, option: "--set <field=value>", reason: reason))
        }
        throw error
      }
      changes.assignments.append(assignment)
    }
    changes.cleared = spec.option(named: OptionSpec.clearField.name) == nil ? [] : allValues(.clearField)
    changes.addedSources = try sources()
    changes.evidence = try text(.evidence)
    return changes
  }

  /// A date option, in any format people write, within the programme's time span.
  /// The programme began in 2017, so earlier dates are typing mistakes; so is anything more
  /// than a year ahead.
  func date(
    _ option: OptionSpec, today: CalendarDate
  ) throws(CommandFailure) -> CalendarDate? {
    try dateOption(
      option, today: today, parse: { (text: String) throws(DateInputError) in try CalendarDate.parse(text) },
      span: { ReportedDate($0) })
  }

  /// A date option that may be a month or a year when the source gives no day ("Juni 2024",
  /// "2024"), within the same span as `date`.
  func reportedDate(
    _ option: OptionSpec, today: CalendarDate
  ) throws(CommandFailure) -> ReportedDate? {
    try dateOption(
      option, today: today, parse: { (text: String) throws(DateInputError) in try ReportedDate.parse(text) },
      span: { $0 })
  }

  /// A date option parsed one way, refused when no day it may be falls in the programme's span
  /// (the core's rule, which every other entry point meets too).
  private func dateOption<T>(
    _ option: OptionSpec, today: CalendarDate, parse: (String) throws(DateInputError) -> T, span: (T) -> ReportedDate
  ) throws(CommandFailure) -> T? {
    guard let raw = value(option) else { return nil }
    let synopsis = option.synopsis
    do throws(DateInputError) {
      let date = try parse(raw)
      try ProgrammeSpan(today: today).check(span(date))
      return date
    } catch {
      throw .usage(.invalidValue(raw.quotedInMessage, option: synopsis, reason: error.phrase))
    }
  }

  /// A four-digit year option.
  func year(_ option: OptionSpec) throws(CommandFailure) -> Int? {
    guard let raw = value(option) else { return nil }
    guard raw.count == 4, let year = Int(raw), (2000...2100).contains(year) else {
      throw .usage(
        .invalidValue(raw.quotedInMessage, option: option.synopsis, reason: Phrase(.expectedYear)))
    }
    return year
  }

  /// A comma-separated list of values of a closed set.
  func list<T: RawRepresentable & CaseIterable>(_ option: OptionSpec, of type: T.Type) throws(CommandFailure) -> [T]
  where T.RawValue == String {
    guard !allValues(option).isEmpty else { return [] }
    let raw = allValues(option).joined(separator: ",")
    let synopsis = option.synopsis
    var result: [T] = []
    for part in raw.split(separator: ",").map({ String($0).trimmingWhitespace }) {
      guard let value = T(rawValue: part) else {
        let known = T.allCases.map(\.rawValue)
        throw .usage(
          .invalidValue(raw.quotedInMessage, option: synopsis, reason: Phrase(.useOneOrMoreOf, ["values": .texts(known)])))
      }
      if !result.contains(where: { $0.rawValue == value.rawValue }) { result.append(value) }
    }
    guard !result.isEmpty else {
      throw .usage(.invalidValue(raw.quotedInMessage, option: synopsis, reason: Phrase(.mustNotBeEmpty)))
    }
    return result
  }
}

// MARK: - Messages

extension Message {
  static let useOneOrMoreOf = Message(
    english: "use one or more of {values}, separated by commas",
    indonesian: "pakai satu atau lebih dari {values}, dipisahkan koma")
  static let tooLong = Message(
    english: "too long ({count} {count|character|characters}); at most {maximum}",
    indonesian: "terlalu panjang ({count} karakter); paling banyak {maximum}")
  static let expectedYear = Message(
    english: "expected a year such as 2021",
    indonesian: "seharusnya tahun seperti 2021")
  static let expectedFieldValue = Message(
    english: "expected FIELD=VALUE, e.g. date=2024-06-12",
    indonesian: "seharusnya ISIAN=NILAI, misalnya date=2024-06-12")
  static let sourceNotAnAddress = Message(
    english: "a source is the web address of what states the fact (https://…, or example.org/page); put other words in --note",
    indonesian:
      "sumber adalah alamat web yang memuat fakta itu (https://…, atau example.org/halaman); tulis keterangan lain di --note")
  static let sourceGivenTwice = Message(
    english: "this address is given twice; give each source once",
    indonesian: "alamat ini diberikan dua kali; berikan setiap sumber sekali saja")
}
