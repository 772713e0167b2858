/// One field of a collection's records, as the published schemas describe it: its type, whether
/// it is required, the values and pattern it allows, and the record it refers to.
public struct FieldSchema: Sendable {
  /// The shape of a field's value.
  public indirect enum Kind: Sendable {
    case string
    case integer
    /// A calendar day, written `YYYY-MM-DD`.
    case date
    /// A date as precise as its source: `YYYY-MM-DD`, or `YYYY-MM` or `YYYY` when the source
    /// gives no day.
    case reportedDate
    /// A list of strings.
    case strings
    /// A list of integers.
    case integers
    /// One nested object with these fields.
    case object([FieldSchema])
    /// A list of nested objects with these fields.
    case objects([FieldSchema])
  }

  /// The field a value refers to in another collection.
  public struct Reference: Sendable {
    public var collection: Collection
    public var field: String
  }

  public var name: String
  public var kind: Kind
  public var description: String
  public var isRequired: Bool
  /// The allowed values (of the string, or of each string in a list).
  public var values: [String]?
  /// A regular expression the string (or each string in a list) matches.
  public var pattern: String?
  public var minimum: Int?
  public var reference: Reference?

  init(
    _ name: String, _ kind: Kind, _ description: String, required: Bool = false, values: [String]? = nil,
    pattern: String? = nil, minimum: Int? = nil, references: (Collection, String)? = nil
  ) {
    self.name = name
    self.kind = kind
    self.description = description
    self.isRequired = required
    self.values = values
    self.pattern = pattern
    self.minimum = minimum
    self.reference = references.map { Reference(collection: $0.0, field: $0.1) }
  }

  /// The field's name in SQL and CSV: `signedOn` becomes `signed_on`.
  public var snakeCaseName: String { Self.snakeCase(name) }

  /// A camel-case name in snake case: `signedOn` becomes `signed_on`; other text is kept.
  public static func snakeCase(_ name: String) -> String {
    // Field names are ASCII camel case: `signedOn` → `signed_on`.
    var bytes: [UInt8] = []
    bytes.reserveCapacity(name.utf8.count + 4)
    for byte in name.utf8 {
      if (0x41...0x5A).contains(byte) {
        bytes.append(UInt8(ascii: "_"))
        bytes.append(byte + 0x20)
      } else {
        bytes.append(byte)
      }
    }
    return String(decoding: bytes, as: UTF8.self)
  }

}

/// The patterns of the published schemas' date types.
extension FieldSchema {
  static let datePattern = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$"
  static let reportedDatePattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$"
}
