import houseStyle from './house-style';

export default { houseStyle };
