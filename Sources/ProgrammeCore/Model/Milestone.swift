/// A step of a region's membership after the signing: a Bimtek session, the masterplan, an
/// evaluation, an award.
public struct Milestone: Codable, Equatable, Sendable, Identifiable {
  /// `milestone-<cohort>-<code>-<kind>-<date>`.
  public var id: String
  public var regency: String
  public var cohort: String
  public var kind: MilestoneKind
  /// The (first) day, or the month or year when that is all the source gives.
  public var date: ReportedDate
  /// The last day, for a milestone over several days (a two-day Bimtek); only with a whole day.
  public var until: CalendarDate?
  /// The local regulation adopting the masterplan, e.g. a Perbup number, when known.
  public var regulation: String?
  /// What the sources together state, where they are cited for one paraphrase of them all.
  public var evidence: String?
  public var sources: [Source]
  public var note: String?

  public init(
    regency: String, cohort: String, kind: MilestoneKind, date: ReportedDate, until: CalendarDate? = nil,
    regulation: String? = nil, evidence: String? = nil, sources: [Source] = [], note: String? = nil
  ) {
    self.id = String(concatenating: ["milestone-", cohort, "-", regency, "-", kind.rawValue, "-", date.description])
    self.regency = regency
    self.cohort = cohort
    self.kind = kind
    self.date = date
    self.until = until
    self.regulation = regulation
    self.evidence = evidence
    self.sources = sources
    self.note = note
  }
}

/// The kinds of milestone, in the order a region goes through them.
public enum MilestoneKind: String, Codable, CaseIterable, Sendable, Comparable {
  case bimtek1 = "bimtek-1"
  case bimtek2 = "bimtek-2"
  case bimtek3 = "bimtek-3"
  case bimtek4 = "bimtek-4"
  case masterplanPresented = "masterplan-presented"
  case masterplanAdopted = "masterplan-adopted"
  case evaluated
  case awarded

  /// "Bimtek Tahap I", "masterplan adopted".
  public var title: Message {
    switch self {
    case .bimtek1: .milestoneBimtek1
    case .bimtek2: .milestoneBimtek2
    case .bimtek3: .milestoneBimtek3
    case .bimtek4: .milestoneBimtek4
    case .masterplanPresented: .milestoneMasterplanPresented
    case .masterplanAdopted: .milestoneMasterplanAdopted
    case .evaluated: .milestoneEvaluated
    case .awarded: .milestoneAwarded
    }
  }

  /// The Bimtek session before this one, if this is a later session.
  public var previousBimtek: MilestoneKind? {
    switch self {
    case .bimtek2: .bimtek1
    case .bimtek3: .bimtek2
    case .bimtek4: .bimtek3
    default: nil
    }
  }

  /// The earlier steps a reported step makes certain: the programme's one inference rule.
  ///
  /// The Bimtek sessions are given in order to every member, so a member reported at Bimtek
  /// IV attended I to III. Nothing else is certain: a masterplan can be presented or adopted
  /// with no session reported, and an evaluation or an award of a whole cohort says nothing
  /// about one member's masterplan, so those steps imply no other.
  public var implies: [MilestoneKind] {
    var earlier: [MilestoneKind] = []
    var session = previousBimtek
    while let previous = session {
      earlier.append(previous)
      session = previous.previousBimtek
    }
    return earlier
  }

  /// The place in the order of the declaration, which is the order a region goes through them.
  var order: Int {
    switch self {
    case .bimtek1: 0
    case .bimtek2: 1
    case .bimtek3: 2
    case .bimtek4: 3
    case .masterplanPresented: 4
    case .masterplanAdopted: 5
    case .evaluated: 6
    case .awarded: 7
    }
  }

  public static func < (lhs: MilestoneKind, rhs: MilestoneKind) -> Bool { lhs.order < rhs.order }
}

// MARK: - Messages

extension Message {
  public static let milestoneBimtek1 = Message(
    english: "Bimtek Tahap I",
    indonesian: "Bimtek Tahap I")
  public static let milestoneBimtek2 = Message(
    english: "Bimtek Tahap II",
    indonesian: "Bimtek Tahap II")
  public static let milestoneBimtek3 = Message(
    english: "Bimtek Tahap III",
    indonesian: "Bimtek Tahap III")
  public static let milestoneBimtek4 = Message(
    english: "Bimtek Tahap IV",
    indonesian: "Bimtek Tahap IV")
  public static let milestoneMasterplanPresented = Message(
    english: "masterplan presented",
    indonesian: "rencana induk (masterplan) dipaparkan")
  public static let milestoneMasterplanAdopted = Message(
    english: "masterplan adopted",
    indonesian: "rencana induk (masterplan) ditetapkan")
  public static let milestoneEvaluated = Message(
    english: "evaluated",
    indonesian: "dievaluasi")
  public static let milestoneAwarded = Message(
    english: "awarded",
    indonesian: "meraih penghargaan")
}
