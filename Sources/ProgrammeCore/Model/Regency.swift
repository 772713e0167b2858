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
    // Every stored code is `PP.RR`: read its two digits without splitting (it runs for each of
    // the 514 regions on every read).
    let suffix: Int
    if isCode(code) {
      let bytes = code.utf8
      let tens = bytes[bytes.index(bytes.startIndex, offsetBy: 3)]
      let units = bytes[bytes.index(bytes.startIndex, offsetBy: 4)]
      suffix = Int(tens - 0x30) * 10 + Int(units - 0x30)
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
    var position = 0
    for byte in text.utf8 {
      guard position < 5, position == 2 ? byte == UInt8(ascii: ".") : (0x30...0x39).contains(byte) else { return false }
      position += 1
    }
    return position == 5
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
