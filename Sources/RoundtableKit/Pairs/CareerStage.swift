/// How far into their career a participant is.
public enum CareerStage: String, Sendable, CaseIterable {
    case student, early, mid, senior

    public var label: String {
        switch self {
        case .student: "Student"
        case .early: "Early career"
        case .mid: "Mid career"
        case .senior: "Senior"
        }
    }
}
