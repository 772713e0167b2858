import ProgrammeCore

/// The exit statuses, as sysexits(3) names them.
enum ExitCode: Int32 {
  case success = 0
  /// The store refused the operation.
  case failure = 1
  /// The command line is wrong on its face.
  case usage = 64
  /// The store is broken.
  case dataError = 65
  /// Reading or writing failed.
  case ioError = 74
  /// The store stayed locked by another process.
  case temporaryFailure = 75

  init(_ category: ProgrammeError.Category) {
    switch category {
    case .refused: self = .failure
    case .brokenStore: self = .dataError
    case .inputOutput: self = .ioError
    case .locked: self = .temporaryFailure
    }
  }
}
