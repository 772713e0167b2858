/// Finds the regency or city a person means, from a code or a name typed in any of the ways
/// people write them.
///
/// Accepted: `53.19` or `5319`; a name in any case, with or without diacritics, with or without
/// "Kabupaten", "Kab.", "Kota", "Kota Administrasi" (or English "Regency" / "City" after the
/// name), with spelling variants that differ only in spaces ("Gunung Kidul" / "Gunungkidul")
/// or in "Kep." for "Kepulauan".
public struct RegencyResolver: Sendable {
  let regencies: [Regency]
  let provinces: [Province]
  let provinceNames: [String: String]
  /// Each region's place in `regencies` by its code, not hashed: a code is the common input.
  let places: RegionIndex
  /// Compact name key (no prefix, no spaces) to the regions with that name: built on the first
  /// name asked for, since a code (the common input of scripts) needs none of it.
  private let names: NameIndex

  /// Compact name key to the regions with that name.
  var byName: [String: [Regency]] { names.index }

  public init(regencies: [Regency], provinces: [Province]) {
    self.regencies = regencies
    self.provinces = provinces
    self.provinceNames = Dictionary(provinces.map { ($0.code, $0.name) }, uniquingKeysWith: { first, _ in first })
    self.places = RegionIndex(codesOf: regencies)
    self.names = NameIndex(regencies)
  }

  /// The name index, made once, on first use, by whichever thread asks first.
  private final class NameIndex: @unchecked Sendable {
    private let regencies: [Regency]
    private let lock = Lock()
    private var built: [String: [Regency]]?

    init(_ regencies: [Regency]) {
      self.regencies = regencies
    }

    var index: [String: [Regency]] {
      lock.withLock {
        if let built { return built }
        var byName: [String: [Regency]] = [:]
        for regency in regencies {
          let keys = Set([RegencyResolver.parse(regency.name).key, RegencyResolver.parse(regency.officialName).key])
          for key in keys { byName[key, default: []].append(regency) }
        }
        built = byName
        return byName
      }
    }
  }

  /// The regency a text names, or an error that says why none or several match.
  public func resolve(_ input: String) throws(ProgrammeError) -> Regency {
    let text = input.trimmingWhitespace
    let shown = text.quotedInMessage
    if let code = Self.code(in: text) {
      guard let place = places.position(of: code) else {
        throw .unknownRegency(input: shown, suggestions: [])
      }
      return regencies[place]
    }
    let matches = candidates(for: text)
    switch matches.count {
    case 1: return matches[0]
    case 0:
      // A province where a region is expected ("Jakarta"): say so, and name its regions.
      if let province = try? ProvinceResolver(provinces: provinces).resolve(text) {
        let regions = regencies.filter { $0.province == province.code }.sorted { $0.code < $1.code }
        throw .provinceNotRegion(input: shown, province: province.name, regions: regions.map(label))
      }
      throw .unknownRegency(input: shown, suggestions: suggestions(for: text).map(label))
    default:
      throw .ambiguousRegency(
        input: Self.withoutPrefix(shown), candidates: matches.sorted { $0.code < $1.code }.map(labelWithProvince))
    }
  }

  /// The regions whose name or code contains the text, by code.
  public func search(_ text: String) -> [Regency] {
    let parsed = Self.parse(text)
    let code = text.trimmingWhitespace
    return regencies.filter { regency in
      regency.code.hasPrefix(code)
        || (!parsed.key.isEmpty && Self.parse(regency.officialName).key.contains(parsed.key)
          && (parsed.kind == nil || parsed.kind == regency.kind))
    }
  }

  func candidates(for text: String) -> [Regency] {
    let parsed = Self.parse(text)
    var found = (byName[parsed.key] ?? byName[Self.shortNames[parsed.key] ?? ""] ?? []).filter {
      parsed.kind == nil || $0.kind == parsed.kind
    }
    // "Kota Waringin Barat" is Kabupaten Kotawaringin Barat: try the text with its prefix too.
    if found.isEmpty, parsed.kind != nil {
      found = byName[parsed.fullKey] ?? []
    }
    var unique: [Regency] = []
    for regency in found where !unique.contains(where: { $0.code == regency.code }) { unique.append(regency) }
    return unique
  }

  /// Names people use for a region that are not its name, where they name one region only.
  static let shortNames = [
    "jogja": "yogyakarta", "yogya": "yogyakarta", "jogjakarta": "yogyakarta", "djogja": "yogyakarta",
    "solo": "surakarta", "jakpus": "jakartapusat", "jakut": "jakartautara", "jakbar": "jakartabarat",
    "jaksel": "jakartaselatan", "jaktim": "jakartatimur",
  ]

  func suggestions(for text: String) -> [Regency] {
    let key = Self.parse(text).key
    guard !key.isEmpty else { return [] }
    let limit = max(2, key.count / 3)
    let scored = byName.compactMap { name, regions -> (Int, [Regency])? in
      let distance = editDistance(key, name)
      return distance <= limit ? (distance, regions) : nil
    }
    var result: [Regency] = []
    for (_, regions) in scored.sorted(by: { ($0.0, $0.1[0].code) < ($1.0, $1.1[0].code) }) {
      for regency in regions.sorted(by: { $0.code < $1.code }) where !result.contains(regency) {
        result.append(regency)
      }
    }
    return Array(result.prefix(3))
  }

  func label(_ regency: Regency) -> String {
    "\(regency.officialName) (\(regency.code))"
  }

  func labelWithProvince(_ regency: Regency) -> String {
    let province = provinceNames[regency.province] ?? regency.province
    return "\(regency.officialName) (\(regency.code), \(province))"
  }

  /// The typed text without a leading "Kabupaten"/"Kota" word, as typed otherwise.
  static func withoutPrefix(_ text: String) -> String {
    let words = text.split(separator: " ")
    guard words.count > 1, let first = words.first?.lowercased(),
      ["kabupaten", "kab", "kab.", "kota"].contains(first)
    else { return text }
    return words.dropFirst().joined(separator: " ")
  }

  /// A regency code in `53.19` or `5319` form, normalised to `53.19`.
  static func code(in text: String) -> String? {
    let digits = text.filter { $0 != "." && $0 != " " }
    guard digits.count == 4, digits.allSatisfy(\.isASCIIDigit),
      text.count == 4 || Regency.isCode(text)
    else { return nil }
    return String(digits.prefix(2)) + "." + String(digits.suffix(2))
  }

  /// A typed name split into its kind (from a prefix or an English suffix) and a compact key.
  struct ParsedName {
    var kind: RegionKind?
    /// The name without prefix, words joined with single spaces.
    var bareName: String
    /// The name without prefix and spaces, with "kep" read as "kepulauan".
    var key: String
    /// The whole text, prefix included, as a compact key.
    var fullKey: String
  }

  static let prefixes: [([String], RegionKind)] = [
    (["kabupaten", "administrasi"], .kabupaten), (["kab", "administrasi"], .kabupaten),
    (["kab", "adm"], .kabupaten), (["kota", "administrasi"], .kota), (["kota", "adm"], .kota),
    (["kabupaten"], .kabupaten), (["kab"], .kabupaten), (["kota"], .kota), (["pemkab"], .kabupaten),
    (["pemkot"], .kota),
  ]

  static func parse(_ text: String) -> ParsedName {
    var words = text.foldedForMatching.split(separator: " ").map(String.init)
    let all = words
    var kind: RegionKind?
    for (prefix, prefixKind) in prefixes where words.count > prefix.count && Array(words.prefix(prefix.count)) == prefix {
      words.removeFirst(prefix.count)
      kind = prefixKind
      break
    }
    if kind == nil, words.count > 1, let last = words.last {
      if last == "regency" {
        kind = .kabupaten
        words.removeLast()
      } else if last == "city" {
        kind = .kota
        words.removeLast()
      }
    }
    func compact(_ words: [String]) -> String {
      words.map { $0 == "kep" ? "kepulauan" : $0 }.joined()
    }
    return ParsedName(
      kind: kind, bareName: words.joined(separator: " "), key: compact(words), fullKey: compact(all))
  }
}
