/// The one rule for an id that becomes a file name, part of an address or a page anchor: a
/// cohort's id (its page, `cohorts/2021.html`), a ceremony's id, a letter's number. Such an id
/// is a name and stays one wherever it goes: ASCII letters and digits, `.` and `-` (and `/`
/// between parts where the kind needs it, as letter numbers do), beginning with a letter or a
/// digit, no part `.` or `..`, at most 100 characters. Every entry point meets it where records
/// are read (the loader, `validate`, import, `add`, `edit`, the merge driver), through the
/// records' rules.
public enum RecordIdentifier {
  /// Whether the kind of id may hold `/` between its parts.
  public enum Shape: Sendable {
    /// A single name: a cohort's id, a ceremony's id.
    case name
    /// Parts apart by `/`: a letter's number, such as `B-217/KOMINFO/DJAI/AI.01.05/04/2018`.
    case parts
  }

  /// The longest id accepted.
  public static let maximumLength = 100

  /// Why `id` is not an id of that shape, or `nil` when it is one.
  public static func violation(of id: String, shape: Shape) -> Phrase? {
    let bytes = Array(id.utf8)
    let allowed = bytes.allSatisfy { byte in
      (0x30...0x39).contains(byte) || (0x41...0x5A).contains(byte) || (0x61...0x7A).contains(byte)
        || byte == UInt8(ascii: ".") || byte == UInt8(ascii: "-") || (shape == .parts && byte == UInt8(ascii: "/"))
    }
    let parts = bytes.split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false)
    let wellFormed =
      !bytes.isEmpty && bytes.count <= maximumLength && allowed
      && parts.allSatisfy { part in
        guard let first = part.first else { return false }
        return first != UInt8(ascii: ".") && first != UInt8(ascii: "-")
      }
    guard !wellFormed else { return nil }
    return Phrase(
      shape == .name ? .expectedPlainIdentifier : .expectedIdentifierWithParts,
      ["found": .text(id.quotedInMessage), "length": .number(maximumLength)])
  }
}

extension Message {
  public static let expectedPlainIdentifier = Message(
    english:
      "'{found}' cannot be an id: use letters, digits, '.' and '-' only, beginning with a letter or a digit, at most {length} {length|character|characters}, such as 2025 or ceremony-2025-03-05",
    indonesian:
      "'{found}' tidak dapat menjadi ID: pakai huruf, angka, '.' dan '-' saja, diawali huruf atau angka, paling banyak {length} karakter, misalnya 2025 atau ceremony-2025-03-05"
  )
  public static let expectedIdentifierWithParts = Message(
    english:
      "'{found}' cannot be a number: use letters, digits, '.' and '-' in parts apart by '/', each beginning with a letter or a digit, at most {length} {length|character|characters}, such as B-217/KOMINFO/DJAI/AI.01.05/04/2018",
    indonesian:
      "'{found}' tidak dapat menjadi nomor: pakai huruf, angka, '.' dan '-' dalam bagian yang dipisah '/', masing-masing diawali huruf atau angka, paling banyak {length} karakter, misalnya B-217/KOMINFO/DJAI/AI.01.05/04/2018"
  )
}
