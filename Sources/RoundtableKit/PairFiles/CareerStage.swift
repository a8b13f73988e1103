/// How far into their career a participant is.
public enum CareerStage: String, Sendable, CaseIterable {
    case student, early, mid, senior
}
