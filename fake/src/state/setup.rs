//! App-setup records: the sign-in snapshot, sign-in requests, the recovery
//! key and verifications (served by `routes::setup`).

use std::collections::BTreeMap;

use beeper_desktop::types;

/// The registration step's terms notice: a fixed literal in Beeper's own
/// model of the `app/setup/response` answer.
pub const REGISTRATION_TERMS: &str = "By continuing, you agree to the Terms of Use and acknowledge the Privacy Policy.";
/// The recovery key the fake starts with.
pub const RECOVERY_KEY: &str = "EsTc 8Yq2 Lm4D 9pQx R7vB nW3k";
/// The signed-in Matrix user.
pub const USER_ID: &str = "@alice:beeper.com";
pub(crate) const HOMESERVER: &str = "https://matrix.beeper.com";

/// Setup state: the snapshot served by `GET /v1/app/setup`, sign-in
/// requests, the recovery key and verifications.
#[derive(Clone, Debug)]
pub struct SetupWorld {
    /// What `GET /v1/app/setup` answers (its `verification` is filled in
    /// from [`Self::verifications`]).
    pub snapshot: types::AppStateSnapshot,
    /// The current recovery key.
    pub recovery_key: String,
    /// A key from `reset` waiting for `reset/confirm`.
    pub pending_recovery_key: Option<String>,
    /// Sign-in requests by `setupRequestID`.
    pub requests: BTreeMap<String, SetupRequest>,
    /// Users registered through `register`, by e-mail address.
    pub registered: BTreeMap<String, String>,
    /// Verifications by ID.
    pub verifications: BTreeMap<String, types::Verification>,
    next_id: u64,
}

/// One sign-in in progress.
#[derive(Clone, Debug, Default)]
pub struct SetupRequest {
    /// Address the code was sent to.
    pub email: Option<String>,
    /// Lead token handed out when registration is required.
    pub lead_token: Option<String>,
}

pub(crate) fn e2ee(verified: bool) -> types::E2eeStatus {
    types::E2eeStatus {
        cross_signing: true,
        first_sync_done: true,
        has_backed_up_recovery_key: true,
        initialized: true,
        key_backup: true,
        secret_storage: true,
        verified,
        recovery_key_generated_at: Some(1_725_489_123.0),
        secrets: types::E2eeSecrets {
            master_key: verified,
            megolm_backup_key: verified,
            recovery_key: verified,
            self_signing_key: verified,
            user_signing_key: verified,
        },
    }
}

impl Default for SetupWorld {
    fn default() -> Self {
        Self {
            snapshot: types::AppStateSnapshot {
                state: types::SetupState::Ready,
                e2ee: e2ee(true),
                matrix: Some(types::SessionMatrix {
                    device_id: "FAKEDEVICE".to_owned(),
                    homeserver: HOMESERVER.to_owned(),
                    user_id: USER_ID.to_owned(),
                }),
                verification: None,
            },
            recovery_key: RECOVERY_KEY.to_owned(),
            pending_recovery_key: None,
            requests: BTreeMap::new(),
            registered: BTreeMap::new(),
            verifications: BTreeMap::new(),
            next_id: 0,
        }
    }
}

impl SetupWorld {
    pub(crate) fn fresh(&mut self, prefix: &str) -> String {
        self.next_id += 1;
        format!("{prefix}-{}", self.next_id)
    }

    /// The snapshot with the active verification, as served.
    pub fn current(&self) -> types::AppStateSnapshot {
        let mut snapshot = self.snapshot.clone();
        snapshot.verification = self.verifications.values().rev().find(|v| !is_final(v)).cloned();
        snapshot
    }

    /// Signs the app out: `GET /v1/app/setup` becomes public and answers
    /// `needs-login`.
    pub fn sign_out(&mut self) {
        self.snapshot = types::AppStateSnapshot {
            state: types::SetupState::NeedsLogin,
            e2ee: types::E2eeStatus { cross_signing: false, first_sync_done: false, ..e2ee(false) },
            matrix: None,
            verification: None,
        };
        self.verifications.clear();
    }

    /// Another device of the user asks this one to verify (an incoming
    /// verification waiting for `accept`). Returns its ID.
    pub fn request_incoming_verification(&mut self) -> String {
        let id = self.fresh("verif");
        let verification = types::Verification {
            id: id.clone(),
            available_actions: vec![types::VerificationAction::Accept, types::VerificationAction::Cancel],
            direction: types::VerificationDirection::Incoming,
            methods: vec![types::VerificationMethod::Sas],
            purpose: types::VerificationPurpose::Device,
            state: types::VerificationState::Requested,
            error: None,
            other_device: Some(types::VerificationDevice {
                id: "PHONEDEVICE".to_owned(),
                name: Some("Beeper on iPhone".to_owned()),
            }),
            other_user_id: Some(USER_ID.to_owned()),
            qr: None,
            sas: None,
        };
        self.verifications.insert(id.clone(), verification);
        id
    }

    pub(crate) fn verified(&mut self) {
        self.snapshot.e2ee = e2ee(true);
        self.snapshot.state = types::SetupState::Ready;
    }
}

pub(crate) fn is_final(v: &types::Verification) -> bool {
    use types::VerificationState as S;
    matches!(v.state, S::Done | S::Cancelled | S::Error)
}
