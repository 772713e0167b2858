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
    var provinceOf: [String: String] = [:]
    var totals: [String: Int] = [:]
    for regency in registry.regencies {
      provinceOf[regency.code] = regency.province
      totals[regency.province, default: 0] += 1
    }
    var members: [String: Set<String>] = [:]
    var mous: [String: Int] = [:]
    for mou in registry.mous {
      guard let province = provinceOf[mou.regency] else { continue }
      members[province, default: []].insert(mou.regency)
      mous[province, default: 0] += 1
    }
    lines = registry.provinces.sorted { $0.code < $1.code }.map { province in
      Line(
        code: province.code, name: province.name, totalRegions: totals[province.code] ?? 0,
        regionsInProgramme: members[province.code]?.count ?? 0, mous: mous[province.code] ?? 0)
    }
  }
}
