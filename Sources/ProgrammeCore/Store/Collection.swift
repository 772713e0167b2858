/// The collections of a store, one JSON file each.
public enum Collection: String, CaseIterable, Sendable, Comparable {
  case provinces
  case regencies
  case pillars
  case cohorts
  case letters
  case ceremonies
  case mous
  case announcedTotals = "announced-totals"
  case claims = "unconfirmed-claims"
  case milestones
  case quickWins = "quick-wins"

  /// The file that holds the collection, relative to the store's folder.
  public var fileName: String { rawValue + ".json" }

  /// Whether a record's id is made from its other fields (an MoU's from its cohort and region,
  /// a milestone's from its region, kind and date…): changing those fields changes the id.
  public var derivesIDs: Bool {
    switch self {
    case .mous, .milestones, .quickWins, .claims, .announcedTotals: true
    case .provinces, .regencies, .pillars, .cohorts, .letters, .ceremonies: false
    }
  }

  /// The collections that a store made by `init` fills from the reference data.
  public static let reference: [Collection] = [.provinces, .regencies, .pillars, .cohorts]

  public static func < (lhs: Collection, rhs: Collection) -> Bool {
    lhs.rawValue < rhs.rawValue
  }
}

/// How much of each MoU a read keeps. Every field is checked either way.
public enum MoUDetail: Sendable {
  /// Everything: for showing, exporting and writing.
  case full
  /// What listings and reports use: id, region, cohort, date, ceremony, mode, scope, letter and
  /// sources; the venue, signatories, presiding official, area and note are left out. A
  /// registry read this way is never written back.
  case summary
}
