/// A set of regions by their numbers in a `RegionIndex`, counted as they are added: a report
/// counts the distinct regions of each cohort and phase over a million MoUs.
struct RegionSet {
  private var members: [Bool] = []
  /// How many distinct regions were added.
  private(set) var count = 0

  mutating func insert(_ region: Int) {
    if region >= members.count { members += repeatElement(false, count: region + 1 - members.count) }
    if !members[region] {
      members[region] = true
      count += 1
    }
  }
}
