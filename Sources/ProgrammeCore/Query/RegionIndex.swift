/// Regions numbered by their codes without hashing them: a Kemendagri code's digits index a
/// table (a report or a listing looks up a region for each of a million MoUs); any other text,
/// which a registry built in memory may hold, is numbered through a dictionary.
///
/// The regions given at the start keep their places (0, 1, …); `number(of:)` numbers others
/// after them, in the order they are met.
struct RegionIndex {
  /// Per code's digits, its number plus one (0: not numbered).
  private var byDigits = [Int32](repeating: 0, count: 10_000)
  private var others: [String: Int] = [:]
  /// How many regions are numbered.
  private(set) var count = 0

  /// Nothing numbered yet.
  init() {}

  /// The regions' codes numbered in order (each region's number is its place); a repeated code
  /// keeps its first number.
  init(codesOf regencies: [Regency]) {
    // By index: a region is not copied out to read its code.
    for index in regencies.indices { _ = number(of: regencies[index].code) }
  }

  /// The region's number, if it has one.
  func position(of code: String) -> Int? {
    if let digits = Regency.digits(ofCode: code) {
      let slot = byDigits[digits]
      return slot == 0 ? nil : Int(slot) - 1
    }
    return others[code]
  }

  /// The region's number, given it now if it has none.
  mutating func number(of code: String) -> Int {
    if let digits = Regency.digits(ofCode: code) {
      if byDigits[digits] == 0 {
        count += 1
        byDigits[digits] = Int32(count)
      }
      return Int(byDigits[digits]) - 1
    }
    if let known = others[code] { return known }
    others[code] = count
    count += 1
    return count - 1
  }
}
