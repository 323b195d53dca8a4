// A bare Fastify "hello" server: the yardstick the bench measures Unknot's routes against, run in
// the same way on the same machine, so the ratio between them is the figure worth quoting.
import Fastify from 'fastify';

const app = Fastify({ logger: false });
app.get('/hello', async () => ({ hello: 'world' }));
const port = Number(process.env.PORT ?? 0);
await app.listen({ port, host: '127.0.0.1' });
console.log(`hello listening on http://127.0.0.1:${app.server.address().port}`);
