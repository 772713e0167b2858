/// A kabupaten (regency) or kota (city), the unit that signs an MoU.
///
/// The programme calls both "regencies"; `kind` tells them apart. Codes are Kemendagri's
/// (`53.19`), never BPS's.
public struct Regency: Codable, Equatable, Hashable, Sendable, Identifiable {
  /// The Kemendagri code `PP.RR`, e.g. `"53.19"`.
  public var code: String
  /// The name without its prefix, e.g. `"Manggarai Timur"`.
  public var name: String
  /// The official name with its prefix, e.g. `"Kabupaten Manggarai Timur"`,
  /// `"Kota Administrasi Jakarta Pusat"`.
  public var officialName: String
  public var kind: RegionKind
  /// The code of the province it belongs to, e.g. `"53"`.
  public var province: String
  public var sources: [Source]

  public var id: String { code }

  public init(
    code: String, name: String, officialName: String? = nil, kind: RegionKind, province: String,
    sources: [Source] = []
  ) {
    self.code = code
    self.name = name
    self.officialName = officialName ?? "\(kind.title) \(name)"
    self.kind = kind
    self.province = province
    self.sources = sources
  }

  /// A region known by its Kemendagri code: its province is the code's first two digits and its
  /// kind follows from the rest (01–69 a kabupaten, 71–99 a kota); `nil` for a code not shaped
  /// `PP.RR` or with a suffix that is neither.
  public init?(code: String, name: String, officialName: String? = nil, sources: [Source] = []) {
    guard Self.isCode(code), let kind = Self.kind(ofCode: code) else { return nil }
    self.init(
      code: code, name: name, officialName: officialName, kind: kind, province: String(code.prefix(2)), sources: sources)
  }

  /// The kind implied by a Kemendagri code: suffixes 01–69 are kabupaten, 71–99 kota.
  public static func kind(ofCode code: String) -> RegionKind? {
    let suffix: Int
    if let digits = digits(ofCode: code) {
      suffix = digits % 100
    } else {
      guard let number = Int(code.split(separator: ".").last ?? "") else { return nil }
      suffix = number
    }
    switch suffix {
    case 1...69: return .kabupaten
    case 71...99: return .kota
    default: return nil
    }
  }

  /// Whether a text has the shape of a Kemendagri regency code (`53.19`).
  public static func isCode(_ text: String) -> Bool {
    digits(ofCode: text) != nil
  }

  /// A code's four digits as one number (`53.19` is 5319), or `nil` for anything not shaped
  /// `PP.RR`. By bytes: every region and every reference to one is checked on every read.
  static func digits(ofCode code: String) -> Int? {
    guard code.utf8.count == 5 else { return nil }
    var code = code
    return code.withUTF8 { bytes -> Int? in
      var value = 0
      for offset in 0..<5 {
        let byte = bytes[offset]
        if offset == 2 {
          guard byte == UInt8(ascii: ".") else { return nil }
          continue
        }
        guard byte >= 0x30, byte <= 0x39 else { return nil }
        value = value * 10 + Int(byte - 0x30)
      }
      return value
    }
  }
}

/// Whether a region is a kabupaten (regency) or a kota (city).
public enum RegionKind: String, Codable, CaseIterable, Sendable {
  case kabupaten
  case kota

  /// The word that starts the official name: "Kabupaten" or "Kota".
  public var title: String {
    switch self {
    case .kabupaten: "Kabupaten"
    case .kota: "Kota"
    }
  }
}
