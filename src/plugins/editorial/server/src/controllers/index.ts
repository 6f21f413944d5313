import admin from './admin';
import schedules from './schedules';

export default { admin, schedules };
