extension Registry {
  /// For each region given, in the order given, the cohorts in which it signed an MoU, sorted
  /// (a region signs at most once a cohort; a registry built in memory may repeat one).
  public func cohortsSigned(by regions: [Regency]) -> [[String]] {
    // Regions numbered by their codes' digits, not hashed: a store may hold a million MoUs.
    var index = RegionIndex(codesOf: regencies)
    var cohorts = [[String]](repeating: [], count: index.count)
    for mou in mous {
      let region = index.number(of: mou.regency)
      if region == cohorts.count { cohorts.append([]) }
      cohorts[region].append(mou.cohort)
    }
    return regions.map { region in
      guard let number = index.position(of: region.code) else { return [] }
      return cohorts[number].count > 1 ? cohorts[number].sorted() : cohorts[number]
    }
  }
}
