/// A parsed JSON document: the store's own in-memory form of its files.
///
/// Objects keep their members in a dictionary; the writer sorts keys, so the order in which a
/// file listed them never matters.
public enum JSONValue: Equatable, Sendable {
  case null
  case bool(Bool)
  case number(Double)
  case string(String)
  case array([JSONValue])
  case object([String: JSONValue])

  /// The name of the value's type, for error messages.
  public var typeName: Phrase.Value {
    let message: Message =
      switch self {
      case .null: .typeNull
      case .bool: .typeBoolean
      case .number: .typeNumber
      case .string: .typeString
      case .array: .typeArray
      case .object: .typeObject
      }
    return .phrase(Phrase(message))
  }

  /// The members of an object, or `nil` for any other value.
  public var objectValue: [String: JSONValue]? {
    if case .object(let members) = self { return members }
    return nil
  }

  /// The elements of an array, or `nil` for any other value.
  public var arrayValue: [JSONValue]? {
    if case .array(let elements) = self { return elements }
    return nil
  }

  /// The text of a string, or `nil` for any other value.
  public var stringValue: String? {
    if case .string(let text) = self { return text }
    return nil
  }

  /// A member of an object by key.
  public subscript(key: String) -> JSONValue? {
    objectValue?[key]
  }
}

extension JSONValue {
  /// Wraps an optional string, mapping `nil` to JSON `null`.
  public init(_ text: String?) {
    self = text.map(JSONValue.string) ?? .null
  }

  /// Wraps an integer as a JSON number.
  public init(_ number: Int) {
    self = .number(Double(number))
  }
}

extension JSONValue {
  /// The value as a number.
  public var doubleValue: Double? {
    guard case .number(let number) = self else { return nil }
    return number
  }

  /// The value as an integer, when it is a whole number.
  public var intValue: Int? {
    guard case .number(let number) = self, number == number.rounded(), abs(number) < 1e15 else { return nil }
    return Int(number)
  }
}

// MARK: - Messages

extension Message {
  public static let typeNull = Message(
    english: "null",
    indonesian: "null")
  public static let typeBoolean = Message(
    english: "a boolean",
    indonesian: "nilai boolean")
  public static let typeNumber = Message(
    english: "a number",
    indonesian: "angka")
  public static let typeString = Message(
    english: "a string",
    indonesian: "string")
  public static let typeArray = Message(
    english: "an array",
    indonesian: "array")
  public static let typeObject = Message(
    english: "an object",
    indonesian: "objek")
}
