// One-shot initialisation for docker-compose.yml (service mongodb-init), run with
// `mongosh --nodb --file`: initiates the single-member replica set rs0 and creates one user per
// service database. Every password is read from its secret file, so none appears on a command
// line or in the environment. Safe to run again: what exists is left as it is.
const fs = require('fs');
const secret = (name) => fs.readFileSync('/run/secrets/' + name, 'utf8').trim();

const admin = connect('mongodb://mongodb:27017/admin?directConnection=true');
admin.auth('root', secret('mongo-root-password'));

try {
  rs.status();
} catch (notYetInitiated) {
  rs.initiate({ _id: 'rs0', members: [{ _id: 0, host: 'mongodb:27017' }] });
}
// users can only be created on the primary
for (let i = 0; i < 60 && !db.hello().isWritablePrimary; i++) {
  sleep(1000);
}

for (const service of ['workshop', 'registration', 'notification', 'reporting']) {
  const database = db.getSiblingDB(service);
  if (database.getUser(service) === null) {
    database.createUser({ user: service, pwd: secret(service + '-mongo-password'), roles: [{ role: 'readWrite', db: service }] });
    print('created user ' + service);
  }
}
