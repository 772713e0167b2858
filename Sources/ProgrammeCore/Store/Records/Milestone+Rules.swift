/// A step over several days runs from a day to a later day.
extension Milestone {
  func ruleViolation() -> RuleViolation? {
    guard let until else { return nil }
    // A span runs from a day to a day: "June 2024 until 12 June" says nothing a reader can use.
    guard let first = date.calendarDate else { return RuleViolation("until", Phrase(.untilNeedsDay, ["date": .date(date)])) }
    if until < first { return RuleViolation("until", Phrase(.endsBeforeStart, ["start": .date(first)])) }
    return nil
  }
}

// MARK: - Messages

extension Message {
  public static let untilNeedsDay = Message(
    english: "a last day needs a first day: the date gives only {date}",
    indonesian: "hari terakhir memerlukan hari pertama: tanggalnya hanya menyebut {date}")
}
