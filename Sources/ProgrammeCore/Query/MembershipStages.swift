/// The stage of each membership (a region in a cohort) from the registry's milestones, found
/// once: the pipeline report and the listing ask it of every MoU, and a membership's
/// milestones are found by its region's number (a region has a handful), not by building and
/// hashing an MoU id for each.
struct MembershipStages {
  private var regions = RegionIndex()
  /// Per region number, the indices of its milestones' (cohort, kind).
  private var milestonesOfRegion: [[Int]] = []
  private let steps: [(cohort: String, kind: MilestoneKind)]

  init(_ milestones: [Milestone]) {
    steps = milestones.map { ($0.cohort, $0.kind) }
    for index in milestones.indices {
      let region = regions.number(of: milestones[index].regency)
      if region == milestonesOfRegion.count { milestonesOfRegion.append([]) }
      milestonesOfRegion[region].append(index)
    }
  }

  /// The stage of a region's membership of a cohort, as `Stage.of` tells it from the
  /// membership's milestones.
  func stage(of regency: String, in cohort: String, signed: Bool = true) -> Stage {
    let steps = regions.position(of: regency).map { milestonesOfRegion[$0] } ?? []
    return Stage.of(signed: signed, reached: steps.lazy.filter { self.steps[$0].cohort == cohort }.map { self.steps[$0].kind })
  }

  /// The steps a region's membership of a cohort has reported, and so implies.
  func progress(of regency: String, in cohort: String, signed: Bool = true) -> MembershipProgress {
    let steps = regions.position(of: regency).map { milestonesOfRegion[$0] } ?? []
    return MembershipProgress(
      isSigned: signed, reported: Set(steps.lazy.filter { self.steps[$0].cohort == cohort }.map { self.steps[$0].kind }))
  }
}
