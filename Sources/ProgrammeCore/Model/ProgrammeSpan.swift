#if canImport(FoundationEssentials)
  import FoundationEssentials
#else
  import Foundation
#endif

/// The days a date of the programme can fall on: from its start (1 January 2017) to a year
/// after today (a ceremony may be announced ahead). One rule for every date a person gives, at
/// every entry point (an option, `add`, `edit`, `import`, a library call) and in `validate`.
public struct ProgrammeSpan: Equatable, Sendable {
  /// The programme began in 2017.
  public static let earliest = CalendarDate(year: 2017, month: 1, day: 1)!

  public var today: CalendarDate

  public init(today: CalendarDate) {
    self.today = today
  }

  /// The span as of the system's clock.
  public static var now: ProgrammeSpan { ProgrammeSpan(today: CalendarDate(Date())) }

  /// The last day a date may be.
  public var latest: CalendarDate { today.adding(years: 1) }

  /// Refuses a date none of whose days falls in the span (a month or a year counts if any of
  /// its days does).
  public func check(_ date: ReportedDate) throws(DateInputError) {
    guard date.latest >= Self.earliest && date.earliest <= latest else {
      throw .outOfRange(date.earliest, earliest: Self.earliest, latest: latest)
    }
  }

  /// The records' dates outside the span, as `record: field: why`: each collection's dates
  /// by their CSV column names.
  public func violations(in registry: Registry, collections: [Collection] = Collection.allCases) -> [(
    id: String, field: String, error: DateInputError
  )] {
    var found: [(id: String, field: String, error: DateInputError)] = []
    func check(_ id: String, _ field: String, _ date: ReportedDate?) {
      guard let date else { return }
      do throws(DateInputError) {
        try self.check(date)
      } catch {
        found.append((id, field, error))
      }
    }
    for collection in collections {
      switch collection {
      case .mous: for mou in registry.mous { check(mou.id, "signed_on", mou.signedOn) }
      case .milestones:
        for milestone in registry.milestones {
          check(milestone.id, "date", milestone.date)
          check(milestone.id, "until", milestone.until.map(ReportedDate.init))
        }
      case .quickWins:
        for quickWin in registry.quickWins {
          check(quickWin.id, "start", quickWin.start.map(ReportedDate.init))
          check(quickWin.id, "end", quickWin.end.map(ReportedDate.init))
        }
      case .letters: for letter in registry.letters { check(letter.number, "date", ReportedDate(letter.date)) }
      case .ceremonies: for ceremony in registry.ceremonies { check(ceremony.id, "date", ReportedDate(ceremony.date)) }
      case .announcedTotals:
        for total in registry.announcedTotals { check(total.id, "stated_on", total.statedOn.map(ReportedDate.init)) }
      case .provinces, .regencies, .pillars, .cohorts, .claims: break
      }
    }
    return found
  }
}
