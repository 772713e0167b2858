/// Regions in the programme per province, out of each province's regions.
public struct ProvinceReport: Equatable, Sendable {
  public struct Line: Equatable, Sendable {
    public var code: String
    public var name: String
    /// Kabupaten and kota in the province.
    public var totalRegions: Int
    /// Of those, the ones with at least one registered MoU.
    public var regionsInProgramme: Int
    public var mous: Int

    /// The share in percent.
    public var share: Double {
      totalRegions == 0 ? 0 : Double(regionsInProgramme) * 100 / Double(totalRegions)
    }
  }

  public var lines: [Line]

  public init(registry: Registry) {
    // Regions and provinces are counted in tables indexed by the digits of their codes, not
    // hashed: a report reads every region and every MoU.
    func provinceNumber(_ code: String) -> Int? { Regency.digits(ofCode: code + ".01").map { $0 / 100 } }
    // Small entries (a province number, -1 for none): the table is touched on every read.
    var provinceOfRegion = [Int8](repeating: -1, count: 10_000)
    var totals = [Int](repeating: 0, count: 100)
    for regency in registry.regencies {
      guard let region = Regency.digits(ofCode: regency.code), let province = provinceNumber(regency.province) else { continue }
      provinceOfRegion[region] = Int8(province)
      totals[province] += 1
    }
    var counted = [Bool](repeating: false, count: 10_000)
    var members = [Int](repeating: 0, count: 100)
    var mous = [Int](repeating: 0, count: 100)
    for mou in registry.mous {
      guard let region = Regency.digits(ofCode: mou.regency), provinceOfRegion[region] >= 0 else { continue }
      let province = Int(provinceOfRegion[region])
      if !counted[region] {
        counted[region] = true
        members[province] += 1
      }
      mous[province] += 1
    }
    lines = registry.provinces.sorted { $0.code < $1.code }.map { province in
      let number = provinceNumber(province.code)
      return Line(
        code: province.code, name: province.name, totalRegions: number.map { totals[$0] } ?? 0,
        regionsInProgramme: number.map { members[$0] } ?? 0, mous: number.map { mous[$0] } ?? 0)
    }
  }
}
