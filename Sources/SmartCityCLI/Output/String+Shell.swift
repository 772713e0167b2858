extension String {
  /// The text as one word for a POSIX shell: in single quotes, a quote inside written `'\\''`.
  var quotedForShell: String {
    "'" + split(separator: "'", omittingEmptySubsequences: false).joined(separator: "'\\''") + "'"
  }
}
