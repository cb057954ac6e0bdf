// One-shot initialisation of replica set rs0 and of one user per service (mongo-init in
// compose.yaml). Safe to run again: every step checks first.
const members = [
  { _id: 0, host: 'mongo1:27017', priority: 2 },
  { _id: 1, host: 'mongo2:27017', priority: 1 },
  { _id: 2, host: 'mongo3:27017', priority: 1 },
];

try {
  rs.status();
  print('replica set rs0 already initiated');
} catch (e) {
  if (e.codeName !== 'NotYetInitialized') throw e;
  rs.initiate({ _id: 'rs0', members });
  print('replica set rs0 initiated');
}

// Users can only be created on the primary.
for (let i = 0; i < 120 && !db.hello().isWritablePrimary; i++) sleep(1000);
if (!db.hello().isWritablePrimary) throw new Error('no primary after 120 s');

// Each service may read and write its own database and nothing else (README.md, architecture: a service
// never reads another service's database).
const services = [
  { user: 'appointment-service', db: 'onewindow_appointment', password: 'APPOINTMENT_SERVICE_MONGODB_PASSWORD' },
  { user: 'approval-service', db: 'onewindow_approval', password: 'APPROVAL_SERVICE_MONGODB_PASSWORD' },
  { user: 'e-license-service', db: 'onewindow_elicense', password: 'E_LICENSE_SERVICE_MONGODB_PASSWORD' },
  { user: 'supervision-service', db: 'onewindow_supervision', password: 'SUPERVISION_SERVICE_MONGODB_PASSWORD' },
  { user: 'notification-service', db: 'onewindow_notification', password: 'NOTIFICATION_SERVICE_MONGODB_PASSWORD' },
];
const admin = db.getSiblingDB('admin');
for (const s of services) {
  const pwd = process.env[s.password];
  if (!pwd) throw new Error(s.password + ' is not set');
  const roles = [{ role: 'readWrite', db: s.db }];
  if (admin.getUser(s.user)) {
    admin.updateUser(s.user, { pwd, roles });
  } else {
    admin.createUser({ user: s.user, pwd, roles });
  }
  print('user ' + s.user + ' -> ' + s.db);
}
