// Run once by the mongo-init service as the root user: initiates the three-member replica set
// and creates the application's user. Safe to run again: it does only what is missing.
const members = [
  { _id: 0, host: "mongo1:27017", priority: 2 },
  { _id: 1, host: "mongo2:27017", priority: 1 },
  { _id: 2, host: "mongo3:27017", priority: 1 },
];
try {
  rs.status();
} catch (e) {
  rs.initiate({ _id: "rs0", members: members });
}
// wait for a primary before creating the user
while (!db.hello().isWritablePrimary) {
  sleep(500);
}
const admin = db.getSiblingDB("admin");
const user = process.env.TRUSTBOARD_MONGO_USER;
if (!admin.getUser(user)) {
  admin.createUser({
    user: user,
    pwd: process.env.TRUSTBOARD_MONGO_PASSWORD,
    // readWrite for the data; dbAdmin for createIndexes and collMod (validators) at start-up
    roles: [{ role: "readWrite", db: "trustboard" }, { role: "dbAdmin", db: "trustboard" }],
  });
}
print("replica set rs0 ready; user " + user + " present");
