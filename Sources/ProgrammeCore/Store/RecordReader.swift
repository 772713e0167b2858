/// Reads one JSON object of a store file into a model value, naming the file, the record and
/// the field in every error.
///
/// Unknown fields are refused: the tool rewrites whole files, so a misspelt field in a
/// hand-edited record would otherwise be silently dropped on the next write.
public struct RecordReader {
  let members: [String: JSONValue]
  /// The store file, for messages.
  let file: String
  /// The record's position in its file (from 1) and its id if it has one, for messages.
  let index: Int
  let identifier: String?
  /// The path of this object inside the record, "" at the top ("sources[0]." inside).
  let prefix: String
  /// Whether a record without an `id` takes the one its fields make (a row being imported or
  /// edited); a stored record always carries its id.
  let derivingID: Bool

  init(
    _ value: JSONValue, file: String, index: Int, identifier: String?, prefix: String = "",
    fields: Set<String>, derivingID: Bool = false
  ) throws(ProgrammeError) {
    self.derivingID = derivingID
    self.file = file
    self.index = index
    self.identifier = identifier
    self.prefix = prefix
    guard let members = value.objectValue else {
      self.members = [:]
      throw .invalidRecord(
        file: file, record: Self.label(index, identifier), field: prefix.isEmpty ? nil : String(prefix.dropLast()),
        reason: Phrase(.expectedObject, ["found": value.typeName]))
    }
    self.members = members
    if !members.keys.allSatisfy(fields.contains) {
      let unknown = members.keys.filter { !fields.contains($0) }.sorted()[0]
      throw .invalidRecord(
        file: file, record: Self.label(index, identifier), field: prefix + unknown.quotedInMessage,
        reason: Phrase(.unknownField, ["known": .texts(fields.sorted())]))
    }
  }

  /// "record 3 ('mou-2021-53.19')": where a person finds the record in its file.
  static func label(_ index: Int, _ identifier: String?) -> Phrase {
    guard let identifier else { return Phrase(.record, ["index": .number(index)]) }
    return Phrase(.recordWithID, ["index": .number(index), "id": "\(identifier.quotedInMessage)"])
  }

  var record: Phrase { Self.label(index, identifier) }

  /// A refusal of one field; keys from the file are quoted safely (a mangled key can be long).
  func failure(_ key: String, _ reason: Phrase) -> ProgrammeError {
    .invalidRecord(file: file, record: record, field: prefix + key, reason: reason)
  }

  /// A value that must be present and not null.
  func required(_ key: String) throws(ProgrammeError) -> JSONValue {
    guard let value = members[key], value != .null else {
      throw failure(key, Phrase(.missingField))
    }
    return value
  }

  func string(_ key: String) throws(ProgrammeError) -> String {
    let value = try required(key)
    guard let text = value.stringValue else {
      throw failure(key, Phrase(.expectedString, ["found": value.typeName]))
    }
    guard text.utf8.contains(where: { $0 > 0x20 }) else { throw failure(key, Phrase(.mustNotBeEmpty)) }
    guard !Self.holdsControlCharacters(text) else { throw failure(key, Phrase(.controlCharacters)) }
    return text
  }

  /// Whether text holds C0 controls, DEL or C1 controls: what no option accepts, no record
  /// holds either, whichever way it came in (an option, an import, a hand edit).
  static func holdsControlCharacters(_ text: String) -> Bool {
    text.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }
  }

  func optionalString(_ key: String) throws(ProgrammeError) -> String? {
    guard let value = members[key], value != .null else { return nil }
    return try string(key)
  }

  /// Checks that the stored `id` is the one the record's content determines.
  func expectID(_ expected: String) throws(ProgrammeError) {
    if derivingID && members["id"] == nil { return }
    let stored = try string("id")
    guard stored == expected else {
      throw failure(
        "id", Phrase(.unexpectedID, ["expected": "\(expected.quotedInMessage)", "found": "\(stored.quotedInMessage)"]))
    }
  }

  func int(_ key: String) throws(ProgrammeError) -> Int {
    let value = try required(key)
    guard case .number(let number) = value else {
      throw failure(key, Phrase(.expectedWholeNumber, ["found": value.typeName]))
    }
    guard number == number.rounded(), abs(number) < 1e15 else {
      throw failure(key, Phrase(.expectedWholeNumber, ["found": "\(JSONWriter.format(number))"]))
    }
    return Int(number)
  }

  func optionalInt(_ key: String) throws(ProgrammeError) -> Int? {
    guard let value = members[key], value != .null else { return nil }
    return try int(key)
  }

  /// A whole number no less than the field's declared minimum.
  func int(_ key: String, minimum: Int) throws(ProgrammeError) -> Int {
    let number = try int(key)
    guard number >= minimum else { throw failure(key, Self.belowMinimum(minimum)) }
    return number
  }

  func optionalInt(_ key: String, minimum: Int) throws(ProgrammeError) -> Int? {
    guard let value = members[key], value != .null else { return nil }
    return try int(key, minimum: minimum)
  }

  static func belowMinimum(_ minimum: Int) -> Phrase {
    minimum == 0 ? Phrase(.mustNotBeNegative) : Phrase(.mustBeAtLeast, ["minimum": .number(minimum)])
  }

  func date(_ key: String) throws(ProgrammeError) -> CalendarDate {
    let text = try string(key)
    guard let date = CalendarDate(iso: text) else {
      throw failure(key, Phrase(.expectedISODate, ["found": "\(text.quotedInMessage)"]))
    }
    return date
  }

  /// A date as precise as its source: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`.
  func reportedDate(_ key: String) throws(ProgrammeError) -> ReportedDate {
    let text = try string(key)
    guard let date = ReportedDate(iso: text) else {
      throw failure(key, Phrase(.expectedReportedDate, ["found": "\(text.quotedInMessage)"]))
    }
    return date
  }

  func optionalDate(_ key: String) throws(ProgrammeError) -> CalendarDate? {
    guard let value = members[key], value != .null else { return nil }
    return try date(key)
  }

  func optionalReportedDate(_ key: String) throws(ProgrammeError) -> ReportedDate? {
    guard let value = members[key], value != .null else { return nil }
    return try reportedDate(key)
  }

  func value<T: RawRepresentable & CaseIterable>(
    _ key: String, as type: T.Type
  ) throws(ProgrammeError) -> T where T.RawValue == String {
    let text = try string(key)
    return try Self.enumValue(text, as: type) { reason throws(ProgrammeError) in
      throw failure(key, reason)
    }
  }

  func optionalValue<T: RawRepresentable & CaseIterable>(
    _ key: String, as type: T.Type
  ) throws(ProgrammeError) -> T? where T.RawValue == String {
    guard let value = members[key], value != .null else { return nil }
    return try self.value(key, as: type)
  }

  static func enumValue<T: RawRepresentable & CaseIterable>(
    _ text: String, as type: T.Type, fail: (Phrase) throws(ProgrammeError) -> Never
  ) throws(ProgrammeError) -> T where T.RawValue == String {
    guard let value = T(rawValue: text) else {
      try fail(Phrase(.unknownValue, ["value": "\(text.quotedInMessage)", "known": .texts(T.allCases.map(\.rawValue))]))
    }
    return value
  }

  func array(_ key: String) throws(ProgrammeError) -> [JSONValue] {
    guard let value = members[key], value != .null else { return [] }
    guard let elements = value.arrayValue else {
      throw failure(key, Phrase(.expectedArray, ["found": value.typeName]))
    }
    return elements
  }

  func strings(_ key: String) throws(ProgrammeError) -> [String] {
    var result: [String] = []
    for (index, element) in try array(key).enumerated() {
      guard let text = element.stringValue, text.utf8.contains(where: { $0 > 0x20 }) else {
        throw failure("\(key)[\(index)]", Phrase(.expectedNonEmptyString, ["found": element.typeName]))
      }
      guard !Self.holdsControlCharacters(text) else { throw failure("\(key)[\(index)]", Phrase(.controlCharacters)) }
      result.append(text)
    }
    return result
  }

  func values<T: RawRepresentable & CaseIterable>(
    _ key: String, as type: T.Type
  ) throws(ProgrammeError) -> [T] where T.RawValue == String {
    var result: [T] = []
    for (index, text) in try strings(key).enumerated() {
      result.append(
        try Self.enumValue(text, as: type) { reason throws(ProgrammeError) in
          throw failure("\(key)[\(index)]", reason)
        })
    }
    return result
  }

  func ints(_ key: String) throws(ProgrammeError) -> [Int] {
    var result: [Int] = []
    for (index, element) in try array(key).enumerated() {
      guard case .number(let number) = element, number == number.rounded(), abs(number) < 1e15
      else {
        throw failure("\(key)[\(index)]", Phrase(.expectedWholeNumber, ["found": element.typeName]))
      }
      result.append(Int(number))
    }
    return result
  }

  /// Nested objects, each read by `read` with the field path extended.
  func objects<T>(
    _ key: String, fields: Set<String>, _ read: (RecordReader) throws(ProgrammeError) -> T
  ) throws(ProgrammeError) -> [T] {
    var result: [T] = []
    for (index, element) in try array(key).enumerated() {
      let nested = try RecordReader(
        element, file: file, index: self.index, identifier: identifier, prefix: "\(prefix)\(key)[\(index)].",
        fields: fields)
      result.append(try read(nested))
    }
    return result
  }

  func object<T>(
    _ key: String, fields: Set<String>, _ read: (RecordReader) throws(ProgrammeError) -> T
  ) throws(ProgrammeError) -> T {
    let nested = try RecordReader(
      try required(key), file: file, index: index, identifier: identifier, prefix: "\(prefix)\(key).", fields: fields)
    return try read(nested)
  }

  func optionalObject<T>(
    _ key: String, fields: Set<String>, _ read: (RecordReader) throws(ProgrammeError) -> T
  ) throws(ProgrammeError) -> T? {
    guard let value = members[key], value != .null else { return nil }
    let nested = try RecordReader(
      value, file: file, index: index, identifier: identifier, prefix: "\(prefix)\(key).", fields: fields)
    return try read(nested)
  }
}

// MARK: - Messages

extension Message {
  public static let mustNotBeNegative = Message(
    english: "must not be negative",
    indonesian: "tidak boleh negatif")
  public static let mustBeAtLeast = Message(
    english: "must be {minimum} or more",
    indonesian: "harus {minimum} atau lebih")
  public static let recordWithID = Message(
    english: "record {index} ('{id}')",
    indonesian: "entri ke-{index} ('{id}')")
  public static let expectedObject = Message(
    english: "expected an object, found {found}",
    indonesian: "seharusnya objek, ditemukan {found}")
  public static let unknownField = Message(
    english: "unknown field (known fields: {known})",
    indonesian: "kolom tidak dikenal (kolom yang dikenal: {known})")
  public static let missingField = Message(
    english: "missing required field",
    indonesian: "kolom wajib tidak ada")
  public static let expectedString = Message(
    english: "expected a string, found {found}",
    indonesian: "seharusnya string, ditemukan {found}")
  public static let mustNotBeEmpty = Message(
    english: "must not be empty",
    indonesian: "tidak boleh kosong")
  public static let unexpectedID = Message(
    english: "expected '{expected}', found '{found}'",
    indonesian: "seharusnya '{expected}', ditemukan '{found}'")
  public static let expectedISODate = Message(
    english: "expected a date YYYY-MM-DD, found '{found}'",
    indonesian: "seharusnya tanggal YYYY-MM-DD, ditemukan '{found}'")
  public static let unknownValue = Message(
    english: "unknown value '{value}' (expected one of: {known})",
    indonesian: "nilai '{value}' tidak dikenal (pilihan: {known})")
  public static let expectedArray = Message(
    english: "expected an array, found {found}",
    indonesian: "seharusnya array, ditemukan {found}")
  public static let controlCharacters = Message(
    english: "contains control characters (such as a newline or an escape sequence); type plain text",
    indonesian: "mengandung karakter kontrol (seperti baris baru atau urutan escape); ketik teks biasa")
}
