/// A message of the catalogue with the values it names, printed in a language only when a
/// person is about to read it. Errors and reports carry phrases, not finished text, so that
/// the language can be chosen at the edge of the program.
public struct Phrase: Equatable, Sendable {
  public var message: Message
  /// The values of the message's `{placeholders}`, by name.
  public var values: [String: Value]

  public init(_ message: Message, _ values: [String: Value] = [:]) {
    self.message = message
    self.values = values
  }

  /// The phrase in a language: the message's template with every `{name}` replaced by its value.
  public func text(in language: Language) -> String {
    Self.fill(message.template(in: language), with: values, in: language)
  }

  /// The phrase with `old` written as `new` in every text value it holds, nested ones too: a
  /// temporary copy's folder named as the user's own.
  public func replacing(_ old: String, with new: String) -> Phrase {
    func replaced(_ value: Value) -> Value {
      switch value {
      case .text(let text):
        guard !old.isEmpty, text.contains(old) else { return value }
        return .text(text.split(separator: old, omittingEmptySubsequences: false).joined(separator: new))
      case .phrase(let phrase): return .phrase(phrase.replacing(old, with: new))
      case .list(let values, let separator): return .list(values.map(replaced), separator: separator)
      case .number, .decimal, .date: return value
      }
    }
    return Phrase(message, values.mapValues(replaced))
  }

  /// Text shown as it is in every language (a column key, a code with a name).
  public static func verbatim(_ text: String) -> Phrase {
    Phrase(.verbatim, ["text": .text(text)])
  }

  /// Replaces the `{name}` placeholders that `values` names; other braces are left as they are.
  /// `{name|one|other}` is a word that agrees with a number: `one` when `name` is 1, else
  /// `other` ("{count} {count|record|records}"), so that no message says "1 records".
  static func fill(_ template: String, with values: [String: Value], in language: Language) -> String {
    // By bytes: braces are ASCII, so never part of another character's UTF-8, and a report
    // fills dozens of templates.
    let open = UInt8(ascii: "{")
    let close = UInt8(ascii: "}")
    let bytes = template.utf8
    guard var next = bytes.firstIndex(of: open) else { return template }
    var result: [UInt8] = []
    result.reserveCapacity(bytes.count + 16)
    var rest = bytes.startIndex
    while true {
      result += bytes[rest..<next]
      let afterOpen = bytes.index(after: next)
      if let end = bytes[afterOpen...].firstIndex(of: close),
        let value = values[String(Substring(bytes[afterOpen..<end]))]
      {
        result += value.text(in: language).utf8
        rest = bytes.index(after: end)
      } else if let end = bytes[afterOpen...].firstIndex(of: close),
        case let forms = bytes[afterOpen..<end].split(separator: UInt8(ascii: "|"), omittingEmptySubsequences: false),
        forms.count == 3, let value = values[String(Substring(forms[0]))]
      {
        result += value == .number(1) ? forms[1] : forms[2]
        rest = bytes.index(after: end)
      } else {
        result.append(open)
        rest = afterOpen
      }
      guard let found = bytes[rest...].firstIndex(of: open) else { break }
      next = found
    }
    result += bytes[rest...]
    return String(decoding: result, as: UTF8.self)
  }

  /// The names of the placeholders in a template, for checking that translations agree.
  public static func placeholders(in template: String) -> Set<String> {
    var names: Set<String> = []
    var rest = Substring(template)
    while let open = rest.firstIndex(of: "{") {
      let afterOpen = rest.index(after: open)
      guard let close = rest[afterOpen...].firstIndex(of: "}") else { break }
      // A word that agrees with a number names that number.
      let name = rest[afterOpen..<close].prefix { $0 != "|" }
      if !name.isEmpty && name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
      rest = rest[rest.index(after: close)...]
    }
    return names
  }
}

extension Phrase {
  /// A value put into a phrase, printed in the phrase's language.
  public indirect enum Value: Equatable, Sendable, ExpressibleByStringInterpolation, ExpressibleByIntegerLiteral {
    /// Text from the data, the command line or the environment, printed with its control
    /// characters escaped (a path or a value can hold an escape sequence).
    case text(String)
    case number(Int)
    /// A number with a fixed number of decimals: `17.1` in English, `17,1` in Indonesian.
    case decimal(Double, places: Int)
    /// A date: `2021-05-20` in English, `20 Mei 2021` in Indonesian; a month or a year when
    /// that is all the source gives.
    case date(ReportedDate)
    /// A phrase inside a phrase, in the same language.
    case phrase(Phrase)
    /// Values joined by a separator.
    case list([Value], separator: String)

    public init(stringLiteral value: String) { self = .text(value) }
    public init(integerLiteral value: Int) { self = .number(value) }

    /// Values separated by commas.
    public static func list(_ values: [Value]) -> Value { .list(values, separator: ", ") }

    /// A whole day.
    public static func date(_ date: CalendarDate) -> Value { .date(ReportedDate(date)) }

    /// Texts separated by commas.
    public static func texts(_ texts: [String], separator: String = ", ") -> Value {
      .list(texts.map(Value.text), separator: separator)
    }

    /// The first few of a long list of ids, then "and N more": enough to find them, short
    /// enough for one line.
    public static func shortList(_ texts: [String], limit: Int = 5) -> Value {
      var shown = texts.prefix(limit).map(Value.text)
      if texts.count > limit { shown.append(.phrase(Phrase(.andMore, ["count": .number(texts.count - limit)]))) }
      return .list(shown, separator: ", ")
    }

    public func text(in language: Language) -> String {
      switch self {
      case .text(let text): text.escapingControlCharacters
      case .number(let number): String(number)
      case .decimal(let number, let places):
        // Indonesian writes a decimal comma.
        language == .indonesian
          ? String(TableValue.format(number, places: places).map { $0 == "." ? "," : $0 })
          : TableValue.format(number, places: places)
      case .date(let date): date.text(in: language)
      case .phrase(let phrase): phrase.text(in: language)
      case .list(let values, let separator): values.map { $0.text(in: language) }.joined(separator: separator)
      }
    }
  }
}

extension Message {
  /// The message with no values, in a language.
  public func text(in language: Language) -> String {
    Phrase(self).text(in: language)
  }

}

extension CalendarDate {
  /// The date as people of a language write it in tables and reports: `2021-05-20` in
  /// English (unambiguous, and what the sources' English summaries use), `20 Mei 2021` in
  /// Indonesian.
  public func text(in language: Language) -> String {
    switch language {
    case .english: description
    case .indonesian: indonesianText
    }
  }
}
