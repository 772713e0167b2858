extension ParticipantFilter {
  /// The filter as a person gives it (a cohort, a province or a region by name or code) resolved
  /// against a registry: the cohort's id, the province's and the region's codes. An unknown
  /// cohort, province or region is refused, naming what would be accepted.
  public func resolved(in registry: Registry) throws(ProgrammeError) -> ParticipantFilter {
    // A phase names its cohort: 2019 is cohort 2017's.
    let phaseCohort = try phase.map { (year: Int) throws(ProgrammeError) in try registry.requirePhase(year, of: cohort).id }
    return ParticipantFilter(
      cohort: try (cohort ?? phaseCohort).map { (id: String) throws(ProgrammeError) in try registry.requireCohort(id).id },
      province: try province.map { (text: String) throws(ProgrammeError) in
        try ProvinceResolver(provinces: registry.provinces).resolve(text).code
      },
      year: year,
      regency: try regency.map { (text: String) throws(ProgrammeError) in
        try RegencyResolver(regencies: registry.regencies, provinces: registry.provinces).resolve(text).code
      },
      stage: stage, reached: reached, reported: reported, pillar: pillar, phase: phase)
  }
}

/// What one read for a listing gives: the registry as read (the MoUs the filter can keep), the
/// resolved filter, and the participants it picks.
public struct ParticipantReading: Sendable {
  public var registry: Registry
  public var filter: ParticipantFilter
  public var participants: [Participant]
}

extension Store {
  /// The participants a filter as typed asks for, in one pass: the small collections are read, the query
  /// is resolved against them (a wrong name is refused before the MoUs are decoded), and the
  /// MoUs are decoded keeping only the cohort, year and region asked for (every one is still
  /// checked). Stage and pillar are judged on the kept memberships with their milestones.
  public func participants(_ query: ParticipantFilter) throws(ProgrammeError) -> ParticipantReading {
    var resolved = ParticipantFilter()
    let registry = try load(detail: .summary) { (registry: Registry) throws(ProgrammeError) in
      let filter = try query.resolved(in: registry)
      resolved = filter
      guard filter.cohort != nil || filter.year != nil || filter.regency != nil else { return nil }
      return { mou in
        (filter.cohort == nil || mou.cohort == filter.cohort) && (filter.year == nil || mou.signedOn.year == filter.year)
          && (filter.regency == nil || mou.regency == filter.regency)
          && (filter.phase == nil || mou.signedOn.year == filter.phase)
      }
    }
    return ParticipantReading(registry: registry, filter: resolved, participants: registry.participants(matching: resolved))
  }
}
