/// Synthetic stores of any number of MoUs over the real regency list, for the benchmark and the
/// tests: the same for the same size every time, and clearly marked as synthetic.
package enum SyntheticStore {
  /// Cohorts beyond the five real ones are synthetic (`syn-0006`, …), since a region signs at
  /// most once per cohort: 1,000,000 MoUs need some 2,000 cohorts of 514.
  public static func registry(mous count: Int) throws(ProgrammeError) -> Registry {
    var registry = try ReferenceData.registry()
    let codes = registry.regencies.map(\.code)
    let cohortsNeeded = (count + codes.count - 1) / codes.count + 1
    var cohorts = registry.cohorts
    while cohorts.count < cohortsNeeded {
      let number = cohorts.count + 1
      cohorts.append(
        Cohort(
          id: "syn-\(CalendarDate.pad(number, 4))", title: "Synthetic cohort \(number)", years: [2025],
          announcedSize: codes.count, sources: [Source(title: "synthetic benchmark data")]))
    }
    // An empty cohort that `add-mou` runs of the benchmark write into.
    cohorts.append(Cohort(id: "bench", title: "Benchmark writes", years: [2026], announcedSize: codes.count))
    registry.cohorts = cohorts
    var mous: [MoU] = []
    mous.reserveCapacity(count)
    for index in 0..<count {
      let cohort = cohorts[index / codes.count]
      // 263 is coprime with 514, so each cohort gets every region once, in a shuffled order.
      let code = codes[(index % codes.count * 263 + index / codes.count) % codes.count]
      let year = cohort.years[index % cohort.years.count]
      // Days 1 to 28 exist in every month, so every date here is valid.
      guard let date = CalendarDate(year: year, month: 1 + index % 12, day: 1 + index % 28) else { continue }
      mous.append(
        MoU(
          regency: code, cohort: cohort.id, signedOn: ReportedDate(date), venue: "Synthetic venue \(index % 997)",
          mode: SigningMode.allCases[index % 3],
          regionalSignatory: Signatory(
            name: "Synthetic signatory \(index)", office: index % 4 == 0 ? "Sekda" : "Bupati",
            onBehalfOf: index % 4 == 0 ? "Bupati" : nil),
          scope: Array(ScopePoint.allCases.prefix(1 + index % 4)),
          sources: [Source(title: "Synthetic source \(index)", url: "https://example.invalid/mou/\(index)")],
          note: "synthetic record for the benchmark"))
    }
    registry.mous = mous
    return registry
  }
}
