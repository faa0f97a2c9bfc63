// Strings of this area of the console.
export default {
};
